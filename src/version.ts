/** The version of this library, stamped on every result (a test keeps it equal to package.json). */
export const VERSION = '0.4.0';
