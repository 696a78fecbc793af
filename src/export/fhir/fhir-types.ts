/*
 * The few FHIR R4 data types the exports write, as plain data. A subset of the specification, not a
 * restatement of any schema of ours; a type test checks that it stays assignable to a full R4 model
 * (arrays are mutable for that reason: a caller may type the result as their FHIR library's resource).
 */

/** A FHIR Coding: a code from a code system. */
export interface FhirCoding {
  /** The canonical URL of the code system. */
  readonly system: string;
  /** The code, unique within the system. */
  readonly code: string;
  /** The code's label for people. */
  readonly display?: string;
}

/** A FHIR extension carrying one value: a coded concept, a decimal, an integer or an expression. */
export type FhirExtension = FhirCodedExtension | FhirDecimalExtension | FhirIntegerExtension | FhirExpressionExtension;

/** An extension whose value is an expression, such as the SDC calculatedExpression. */
export interface FhirExpressionExtension {
  /** The URL that defines the extension. */
  readonly url: string;
  /** The value. */
  readonly valueExpression: {
    /** A description of what it computes. */
    readonly description: string;
    /** Always FHIRPath. */
    readonly language: 'text/fhirpath';
    /** The FHIRPath expression. */
    readonly expression: string;
  };
}

/** An extension whose value is a coded concept. */
export interface FhirCodedExtension {
  /** The URL that defines the extension. */
  readonly url: string;
  /** The value. */
  readonly valueCodeableConcept: {
    /** Its codings. */
    readonly coding: FhirCoding[];
    /** Its text. */
    readonly text?: string;
  };
}

/** An extension whose value is a decimal, such as a weight. */
export interface FhirDecimalExtension {
  /** The URL that defines the extension. */
  readonly url: string;
  /** The value. */
  readonly valueDecimal: number;
}

/** An extension whose value is an integer, such as a bound. */
export interface FhirIntegerExtension {
  /** The URL that defines the extension. */
  readonly url: string;
  /** The value. */
  readonly valueInteger: number;
}

/** A Questionnaire.item.answerOption with a coded value. */
export interface FhirAnswerOption {
  /** The answer this option records. */
  readonly valueCoding: FhirCoding;
  /** itemWeight (and, on request, ordinalValue) where a score weights the answer. */
  readonly extension?: FhirExtension[];
}

/** A condition under which a Questionnaire item is shown: another item's answer equals a coding, or exists. */
export type FhirEnableWhen =
  | {
    /** The linkId of the item whose answer is read. */
    readonly question: string;
    /** Always "=". */
    readonly operator: '=';
    /** The answer that enables the item. */
    readonly answerCoding: FhirCoding;
  }
  | {
    /** The linkId of the item whose answer is read. */
    readonly question: string;
    /** Always "exists". */
    readonly operator: 'exists';
    /** Always true: enabled once the item is answered. */
    readonly answerBoolean: true;
  };

/** A Questionnaire.item, possibly with nested items. */
export interface FhirQuestionnaireItem {
  /** The item's id within the Questionnaire: the indicator id for an indicator, a path with "/" for the others. */
  readonly linkId: string;
  /** The question, heading or guidance text. */
  readonly text: string;
  /** What the item collects or shows. */
  readonly type: 'group' | 'display' | 'choice' | 'boolean' | 'integer' | 'date' | 'string' | 'text';
  /** Always false where present: "unknown" and unanswered are allowed. */
  readonly required?: boolean;
  /** True for an item the renderer fills in (a date read back in words), never the practitioner. */
  readonly readOnly?: boolean;
  /** Whether the item takes several answers (time windows). */
  readonly repeats?: boolean;
  /** When the item is shown: the details of an answer, once it is answered yes or possible. */
  readonly enableWhen?: FhirEnableWhen[];
  /** "any": one condition is enough. */
  readonly enableBehavior?: 'any';
  /** The longest text the item takes. */
  readonly maxLength?: number;
  /** Rendering hints (item control, bounds). */
  readonly extension?: FhirExtension[];
  /** The options of a choice item. */
  readonly answerOption?: FhirAnswerOption[];
  /** Nested items: a group's questions, or a question's guidance. */
  readonly item?: FhirQuestionnaireItem[];
}

/** The metadata shared by the canonical resources the exports write, taken from the ruleset's meta. */
export interface FhirCanonicalMetadata {
  /** The profiles the resource claims; its FHIR version is stated here. */
  readonly meta: {
    /** Profile canonical URLs. */
    readonly profile: string[];
  };
  /** The canonical URL, derived from the ruleset id. */
  readonly url: string;
  /** The ruleset version. */
  readonly version: string;
  /** A computer-friendly name made from the ruleset id. */
  readonly name: string;
  /** The ruleset title. */
  readonly title: string;
  /** "active" for an approved ruleset, else "draft". */
  readonly status: 'draft' | 'active';
  /** True unless the ruleset is approved. */
  readonly experimental: boolean;
  /** The date the ruleset takes effect. */
  readonly date: string;
  /** The ruleset publisher. */
  readonly publisher: string;
  /** The ruleset's approval statement. */
  readonly description: string;
}

/** A FHIR R4 Questionnaire. */
export interface FhirQuestionnaire extends FhirCanonicalMetadata {
  /** Always "Questionnaire". */
  readonly resourceType: 'Questionnaire';
  /** The ruleset's provenance. */
  readonly purpose: string;
  /** From the date the ruleset takes effect. */
  readonly effectivePeriod: {
    /** The first day. */
    readonly start: string;
  };
  /** Who the Questionnaire is about. */
  readonly subjectType: ['Patient'];
  /** The status notice, then the groups: the child, each domain, the case, the professional judgement. */
  readonly item: FhirQuestionnaireItem[];
}

/** One code of the answers CodeSystem. */
export interface FhirConcept {
  /** The code. */
  readonly code: string;
  /** Its label. */
  readonly display: string;
  /** What it means. */
  readonly definition: string;
}

/** A FHIR R4 CodeSystem with its concepts listed in full. */
export interface FhirCodeSystem extends FhirCanonicalMetadata {
  /** Always "CodeSystem". */
  readonly resourceType: 'CodeSystem';
  /** Codes are case-sensitive. */
  readonly caseSensitive: true;
  /** Every concept is listed. */
  readonly content: 'complete';
  /** How many concepts are listed. */
  readonly count: number;
  /** The concepts. */
  readonly concept: FhirConcept[];
}
