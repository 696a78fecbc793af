// generated: do not edit. Made by cse-screen types (json-schema-to-typescript) from the ruleset; run `npm run generate` to refresh.

/**
 * The answers of a screening for ruleset brighton-hove-cse 1.2.0, keyed by indicator id. Leave an unanswered item out.
 */
export type BrightonHoveCseAnswers = {
  /**
   * Has the child been missing from home or care overnight or longer, or gone missing again and again?
   *
   * Count any episode of being away overnight without the knowledge or agreement of the parent or carer, and any pattern of repeated missing episodes, whether or not a missing report was made to the police. A single short absence that ended the same day belongs under the short-episode question instead.
   */
  "missing-overnight-or-repeated"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child gone missing from home or care for a shorter time (back the same day)?
   *
   * Count a time when nobody responsible for the child knew where they were and could not reach them, even if they came back within hours. Being late home with the whereabouts known is not this item: use the staying-out-late question.
   */
  "missing-short-episode"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child regularly stay out late or come home later than agreed?
   *
   * Count a pattern, not a single occasion, of coming home late or staying out past agreed times where the carer knows roughly where the child is. If the whereabouts were unknown, answer the missing questions as well.
   */
  "staying-out-late"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child missing from education while on a school or college roll: leaving during the day, truanting or unexplained absences?
   *
   * Count unexplained absence during the school or college day and patterns of leaving after registration. Authorised absence with a known reason does not count. A child who is not on any school roll, is excluded or has no education place belongs under the question about exclusion and not being in education instead, so that one fact counts once.
   */
  "missing-from-education"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * When the child comes back after being missing or out late, do they return with things, injuries or a state they will not explain?
   *
   * For example returning intoxicated, exhausted, in different clothes, with new possessions or money, or refusing to say where they were or who they were with. Ordinary tiredness after a known outing does not count.
   */
  "returns-unexplained"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child in a relationship with, or calling a boyfriend or girlfriend, someone noticeably older?
   *
   * Count a partner or "friend" whose age, maturity, money or status gives them power over the child, even if the child describes the relationship as loving or their own choice. A relationship with a peer of a similar age does not count here unless other questions apply.
   */
  "older-partner"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is someone, adult or young person, controlling the child: deciding who they see and where they go, checking their phone, or using violence or threats?
   *
   * Count coercive or controlling behaviour by anyone outside the household who has power over the child, including a peer or a gang member. Ordinary parental rules do not count. A family member who sexually abuses or exploits the child belongs under the question about exploitation within the family.
   */
  "controlling-relationship"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child spend time with an adult who is known or suspected to exploit or sexually harm children?
   *
   * Count contact with a named or recognisable person about whom police, children's social care or another agency hold concerns of sexual risk to children, including people named in other CSE cases. Contact with an unknown adult belongs under the next question.
   */
  "known-perpetrator-association"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child in contact with adults or much older young people whom the family does not know, including many unknown callers?
   *
   * Count unexplained contact in person, by phone or online with older people the carers cannot identify, and a stream of calls or messages from unknown numbers. Supervised contact with professionals or known family friends does not count.
   */
  "unknown-adults-contact"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child have money, phone credit, clothes, a phone or other goods that cannot be accounted for?
   *
   * Count possessions or favours whose source the child will not or cannot explain, or which come from an older person. Presents from known family at normal times and money from a job do not count. Lifts from unknown adults belong under the vehicles question only, so that they count once.
   */
  "unexplained-gifts-or-money"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child go to parties or gatherings with adults or much older young people where alcohol, drugs or sex are involved?
   *
   * Count gatherings in flats, houses, hotels or outdoors where older people supply alcohol or drugs to young people or where sexual activity is expected. Supervised celebrations with family or school do not count.
   */
  "parties-with-adults"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child get into pubs, clubs, bars or other adult venues, or is the child taken there by adults?
   *
   * Count being served alcohol in licensed premises, being let into clubs or adult events under age, or being brought to such places by older people. The procedure notes that children are especially vulnerable to grooming in these places, and licensing powers can be used to stop it.
   */
  "adult-venues"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child, or their family, been threatened or intimidated by people linked to the child's contacts, or is the child clearly frightened of someone?
   *
   * Count threats of violence, of sharing images, or of harm to the family, and signs of fear of a particular person or group. Ordinary arguments between friends do not count.
   */
  "threats-or-intimidation"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been taken somewhere against their will, or held or locked in somewhere?
   *
   * Count any account of abduction, false imprisonment or being kept at an address, from the child or anyone else. If it is happening now, the child is in immediate danger: call 999.
   */
  "abduction-or-held"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is a person in a position of trust over the child, such as a teacher, care worker, youth worker, coach or faith leader, in a sexual or sexualised relationship with the child, or grooming them?
   *
   * Count sexual contact, sexual messages, gifts or secret meetings from an adult who looks after, teaches, trains, supervises or cares for the child in their role. The child's apparent consent does not matter: it is an offence up to 18. Do not alert the person: tell the designated safeguarding lead, who follows the allegations procedure (the Local Authority Designated Officer) as well as this pathway.
   */
  "position-of-trust"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is a member of the child's family sexually abusing the child, or offering the child to other people for sex or for something in return?
   *
   * Count any account or strong sign that a parent, step-parent, sibling, relative or other member of the household sexually abuses the child or arranges for others to do so. Do not tell the family before the strategy discussion: parents implicated in the exploitation are not invited to the strategy meeting.
   */
  "exploitation-within-family"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child become secretive about where they go and who with, or taken up with a new, often older, friendship group?
   *
   * Count a change from how the child used to behave: dropping old friends, refusing to name new ones, lying about whereabouts. Ordinary teenage privacy without other changes does not count.
   */
  "secretive-new-friends"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has a brother, sister or other family member been sexually exploited?
   *
   * Count exploitation of any child in the household or close family, now or before. The procedure says the sexual exploitation of one child places the other children of the family at significant risk of being groomed and exploited. A yes also brings in a step to consider the other children in the household.
   */
  "sibling-exploited"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child taken part in, or been made to take part in, sexual activity in return for money, drugs, alcohol, cigarettes, food, a place to stay, gifts or status?
   *
   * Count any sexual activity, contact or non-contact, where the child or someone else receives something in return, whatever the child says about choosing it. The child is a victim, never an offender, in this exchange.
   */
  "sex-for-money-goods-or-shelter"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child take part in sexual activity to keep someone's affection or attention, to belong to a group, or to feel protected?
   *
   * Count sexual activity the child seems to feel they owe, or must give to stay liked, accepted or safe. A mutual relationship between peers of similar age without pressure does not count.
   */
  "sex-for-affection-or-belonging"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been made to have sex with several people, or with people they were introduced to by someone else?
   *
   * Count any account of being made to have sex with several people, being "shared" at parties or addresses, or being sent to meet people for sex. Include reports from friends or professionals. Being given, traded or sold from one adult to another is the separate question about being passed, bought or sold.
   */
  "passed-between-abusers"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been passed, given, traded or sold from one adult to another?
   *
   * Count any account that an adult handed the child over to other adults, for money, drugs, to settle a debt or as a favour, including being "lent" or sold to people in other areas. This is organised exploitation and may be trafficking.
   */
  "passed-bought-or-sold"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child offered sex for payment and then run off with the money before any sex took place ("clipping")?
   *
   * Count reports of this behaviour. It places the child at serious risk of violent reprisal and shows contact with people who buy sex from children.
   */
  clipping?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child say they owe someone money, drugs or favours, and are they being made to "pay it back"?
   *
   * Count a debt, real or invented, that is used to make the child do things, including sexual activity or carrying items. Ordinary borrowing between friends does not count.
   */
  "debt-or-owing-favours"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been seen at places known for sexual exploitation or for selling sex, such as particular houses, flats, streets, parks or venues?
   *
   * Count sightings by professionals, police or the community at locations already linked with exploitation or sex work. Being in a busy public place with no known link does not count.
   */
  "seen-at-exploitation-locations"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been asked or pushed to make or send sexual images or videos, or have sexual images of the child been made or passed on?
   *
   * Count requests, pressure or threats to produce images, and any sharing of images of the child, by adults or by peers. Do not view, copy or forward any image: record what you were told and where the image is.
   */
  "sexual-images-requested-or-shared"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has an adult had sexual conversations or exchanged sexual messages with the child, or arranged to meet them, online or by phone?
   *
   * Count any sexual content in messages or calls from an adult, and any arrangement to meet after online contact. An adult sending sexual messages to a child under 16 commits an offence; for 16 and 17 year olds it is still a sign of exploitation.
   */
  "sexual-communication-with-adult"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has someone the child knows only online befriended them with flattery, gifts, credit or promises, or asked them to keep the contact secret?
   *
   * Count an online relationship that follows the grooming pattern: quick intimacy, gifts or money, requests for secrecy, moving the chat to private apps. Ordinary online friendships with known peers do not count.
   */
  "online-befriended-groomed"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child secretive about their phone or internet use: more than one phone or SIM, hidden apps, deleted messages, calls late at night?
   *
   * Count a pattern of hiding or guarding devices and contacts, extra phones or SIMs, and use late into the night that the child will not explain. Normal wish for privacy alone does not count.
   */
  "secretive-phone-or-internet-use"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child meet up with people they first got to know online, or use adult dating or chat sites?
   *
   * Count arranged meetings with online contacts the carers do not know, and profiles on adult sites or apps. Meeting a known school friend does not count.
   */
  "meets-online-contacts"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child being sexually bullied or harassed by other young people, in person or online?
   *
   * Count sexual name-calling, unwanted touching, pressure for images, and spreading sexual rumours or images among peers. General bullying with no sexual element does not count here.
   */
  "sexual-bullying-or-harassment"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child selling, or being made to sell, sexual images, videos or live sexual activity online, or offering sex to people met online?
   *
   * Count accounts on subscription, camera or chat sites, payment for images, and arranging sex with people contacted online. The child is the victim, whoever set it up.
   */
  "selling-sexual-content-online"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child had one sexually transmitted infection?
   *
   * Count one diagnosed or strongly suspected infection. If the child has had more than one, answer the repeated-infections question instead and leave this one "no", so that one history counts once. A single pregnancy is a separate question.
   */
  "sexually-transmitted-infection"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child had more than one sexually transmitted infection, or more than one pregnancy or termination?
   *
   * Count two or more infections, or two or more pregnancies or terminations. When this applies, leave the single-infection and single-pregnancy questions as "no" for the same events, so that one history counts once. Each may be recorded confidentially by a health service; ask the health professional who knows.
   */
  "repeat-sti-pregnancy-or-termination"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child pregnant, or has the child been pregnant or had a termination?
   *
   * Count one pregnancy, miscarriage or termination, or a request for a termination. More than one belongs under the repeated question instead. Find out the age of the other party: a much older partner is a strong sign of exploitation.
   */
  "pregnancy-or-termination"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child take sexual risks: unprotected sex, many partners, sex with people they hardly know, or repeated requests for emergency contraception?
   *
   * Count a pattern of risky sexual behaviour reported by the child, health staff or others. One episode of unprotected sex with a same-age partner may be answered "possible" and explored.
   */
  "sexually-risky-behaviour"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child known or believed to be sexually active?
   *
   * Count any sexual activity the child has taken part in. For a child under 13 any sexual activity is unlawful whatever the child says about consent, and this screening treats it as high risk. For 13 to 15 year olds sexual activity may be an offence by the other person, and the screening asks for the police and children's social care to be told. At any age, sexual activity together with a sign of exploitation (an older or unknown person, gifts, exchange, control, going missing, movement or online grooming) makes the level at least Medium, and with an older or more powerful person it is rated High. At 16 and 17 sexual activity is lawful, but consent does not mean the young person is not being exploited: look at the other questions.
   */
  "known-sexually-active"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been sexually assaulted or raped, whether or not it was reported?
   *
   * Count any account or strong sign of sexual assault, from the child or anyone else. If it happened in the last few days, seek advice from the SARC at once about forensic evidence and health care.
   */
  "sexual-assault"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child have injuries with no believable explanation, or injuries that suggest physical or sexual assault?
   *
   * Count bruising, bite marks, burns, genital or anal injury, or any injury whose account keeps changing or does not fit. Injuries from known sport or accidents with a consistent account do not count.
   */
  "unexplained-injuries"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child's appearance changed markedly: weight, dress, hygiene or looking tired and unwell?
   *
   * Count a noticeable change that the child or carers cannot explain, including dressing much older or neglecting self-care. Ordinary changes in style do not count.
   */
  "change-in-appearance"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child self-harm, including cutting, overdosing or disordered eating?
   *
   * Count any self-harm, current or recent, and eating difficulties. Make sure the child's mental health needs are also addressed, whatever the outcome of this screening.
   */
  "self-harm"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child spoken of suicide, or tried to end their life?
   *
   * Count suicidal thoughts, plans or attempts. If there is a current plan or attempt, get urgent mental health or medical help first.
   */
  "suicidal-thoughts-or-attempts"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child's mood or behaviour changed: withdrawn, volatile, aggressive, hostile to family, or angry when asked about friends or whereabouts?
   *
   * Count a change from the child's usual self that has no clear other cause. Exploited children can appear challenging or anti-social; this should prompt curiosity, not blame.
   */
  "mood-or-behaviour-change"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child use sexualised language or behave in a sexualised way that is unusual for their age?
   *
   * Count sexual knowledge, talk or behaviour beyond what is expected for the child's age and development. Age-appropriate curiosity does not count.
   */
  "sexualised-language-or-behaviour"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child's attendance, behaviour or progress at school or college got worse, or have they lost interest?
   *
   * Count a drop in engagement or results, or new behaviour problems at school, without a clear other cause. Missing whole days or leaving during the day belongs under the missing-from-education question.
   */
  "change-in-school-engagement"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child excluded, on a reduced timetable, not on any school or college roll, or (at 16 or 17) not in education, employment or training?
   *
   * Count a fixed-term or permanent exclusion, a part-time timetable, a child with no school place or not on any roll, or a 16 or 17 year old not in education, employment or training. Being out of mainstream education does not reduce the child's right to protection. Truanting or leaving school during the day belongs under the missing-from-education question.
   */
  "excluded-or-not-in-education"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child experimenting with alcohol or drugs?
   *
   * Count occasional use. Regular or escalating use belongs under the next question; being given substances by older people belongs under the one after.
   */
  "substance-experimenting"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child misusing drugs or alcohol regularly, or found heavily intoxicated?
   *
   * Count regular or escalating use, dependency, or episodes of being found intoxicated. Consider a referral to young people's substance misuse services as well.
   */
  "substance-misuse"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child given drugs or alcohol by adults or much older young people?
   *
   * Count substances supplied free or cheaply by older people, which can be a way of building dependence or lowering resistance. Sharing among peers of the same age belongs under the other substance questions.
   */
  "given-drugs-or-alcohol"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Are the child's friends or peers known or thought to be sexually exploited?
   *
   * Count friendships with young people who are open to services for exploitation or who are known to police for it. A sibling who has been exploited is recorded under vulnerabilities as well.
   */
  "peers-being-exploited"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child bring other young people to adults, or to places where exploitation happens, or get rewarded for doing so?
   *
   * Count introducing friends to older people, taking them to parties or addresses, or receiving money or goods for it. The child doing this is very likely to be exploited themselves.
   */
  "recruiting-others"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been pressured or forced into sexual activity by other young people, including in a group or on camera?
   *
   * Count any sexual activity the child was pushed into by peers, sexual activity in groups or gangs, and activity that was filmed or shared. Mutual activity between same-age partners without pressure does not count.
   */
  "peer-pressure-into-sex"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child shown harmful sexual behaviour towards others?
   *
   * Count sexual behaviour that harms or exploits another child. A child who behaves like this may be being abused or exploited themselves; respond to both needs.
   */
  "harmful-sexual-behaviour"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child involved in offending directed by older people or a gang, such as carrying drugs or money?
   *
   * Count signs that others are using the child for crime, including carrying drugs, money or weapons, drug running across areas ("county lines"), being made to pay off a debt, or staying in addresses used for dealing. Sexual and criminal exploitation often happen together. A yes brings in the criminal exploitation response, telling the police, and a prompt to consider a National Referral Mechanism referral.
   */
  "criminal-exploitation-or-gangs"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child started offending or behaving anti-socially, often in a group (for example shoplifting)?
   *
   * Count new petty offending or anti-social behaviour. Exploited children must not be treated as offenders for what they were made to do.
   */
  "offending-or-antisocial"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child seen getting into or out of cars driven by unknown adults, or picked up from home, school or care by them?
   *
   * Count lifts from adults the carers cannot identify, including being collected from school or a placement. Lifts are recorded here only, not under unexplained gifts. Note car details if known and pass them on. Car theft by the child is a different matter.
   */
  "vehicles-unknown-adults"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child have unexplained links with hotels, taxi firms or takeaways, or have they been found at such places?
   *
   * Count being booked into or found at hotels, free taxi travel, or hanging around takeaways or late-night venues linked to adults of concern. Include receipts, key cards and taxi accounts found with the child.
   */
  "hotels-taxis-takeaways"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been taken to, or been staying at, addresses the carers do not know, or do they have keys to such places?
   *
   * Count houses or flats the child visits or stays at without a known reason, and keys or entry codes for premises that are not theirs. Staying with known friends' families does not count.
   */
  "unknown-addresses-or-keys"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been taken to, or do they know their way around, towns or cities they have no reason to know?
   *
   * Count travel to other areas that the child cannot explain, and familiarity with places where they have no family, school or other link. This may be internal trafficking.
   */
  "taken-to-other-towns"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child been found, or come back from being missing, a long way from home?
   *
   * Count being found or picked up in another town or area after a missing episode. Ask how they got there and who with.
   */
  "found-far-from-home"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child told anyone that they are being, or have been, sexually exploited or sexually abused, where this has not already been dealt with through a strategy discussion?
   *
   * Answer "yes" for a clear account from the child, even partial; answer "possible" for hints or half-told accounts. A historic disclosure that has already been investigated and acted on belongs under the history-of-abuse vulnerability instead. A clear disclosure makes the level High and no judgement can lower it.
   */
  "disclosure-of-exploitation"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child told someone about sexual or physical assault or exploitation and then taken it back?
   *
   * Count any retracted account. Withdrawal often follows pressure or fear and does not mean the first account was untrue; it is a separate item from a disclosure that stands.
   */
  "disclosure-withdrawn"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has a friend, family member, professional, the police or the community reported that the child is being sexually exploited?
   *
   * Count any report from someone other than the child, including anonymous intelligence passed on by the police. Record the source and what they saw or heard.
   */
  "third-party-report"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        window?:
          | ("last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago")
          | [
              "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago",
              ...(
                "last-3-months" | "between-3-and-6-months-ago" | "between-6-and-12-months-ago" | "over-12-months-ago"
              )[]
            ];
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child looked after by a local authority now?
   *
   * Answer yes for a child looked after now, under any legal status (a care order or interim care order, accommodation under section 20, a placement order or another status), including a 16 or 17 year old still looked after who is preparing to leave care. Record the "looked after" attribute in the child's details too, and the legal status (in care, accommodated under section 20, or an emergency protection order or police protection): a warning notice under section 49 is available only for a child in care, under an emergency protection order or in police protection. A child who was looked after before but is not now belongs under the next question.
   */
  "looked-after-now"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Was the child looked after by a local authority in the past, but not now?
   *
   * Answer yes for a child who was looked after before and has returned home, been adopted or moved to a special guardianship or child arrangements order. A care leaver is recorded under the care leaver question. This is context: the looked-after steps follow only from being looked after now.
   */
  "previously-looked-after"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child a care leaver (a 16 or 17 year old who has left care)?
   *
   * Answer yes for a young person who has left care and is entitled to leaving care support (a relevant or former relevant child). Record the "care leaver" attribute too. A 16 or 17 year old still looked after who is preparing to leave is looked after now: answer that question as well.
   */
  "care-leaver"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child have a learning disability or difficulty?
   *
   * Answer yes for a diagnosed or strongly suspected learning disability or difficulty that affects understanding of relationships, risk or consent. With any risk indicator, the level is at least Medium.
   */
  "learning-disability"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Has the child experienced sexual, physical or emotional abuse or neglect in the past?
   *
   * Count any known history, including abuse within the family and earlier exploitation that has been investigated.
   */
  "history-of-abuse"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is there, or has there been, domestic abuse in the child's family?
   *
   * Count domestic abuse the child has lived with, now or in the past.
   */
  "domestic-abuse-in-family"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Have the child's family relationships broken down, or has the child been told to leave home?
   *
   * Count serious conflict, estrangement, or being thrown out. Consider the family's circumstances when planning support.
   */
  "family-breakdown"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does a parent or carer misuse drugs or alcohol or have serious mental health difficulties?
   *
   * Count current or recent difficulties that affect the care the child receives.
   */
  "parent-substance-or-mental-health"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child isolated from peers or family, or without a trusted, protective adult?
   *
   * Count a child with few friends, cut off from family, or with no adult they can turn to.
   */
  "isolated-no-trusted-adult"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child homeless, sofa-surfing, or living in unsuitable or unstable accommodation such as a hostel or B&B?
   *
   * Count any housing that leaves the child without stable, safe care. A child with nowhere safe to stay may need accommodation under section 20 of the Children Act 1989.
   */
  "unsuitable-accommodation"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Does the child have low self-esteem or a poor self-image?
   *
   * Count a child who speaks or acts as though they have little worth.
   */
  "low-self-esteem"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child an unaccompanied or separated migrant, asylum-seeking or refugee child, or possibly trafficked into the UK?
   *
   * Count a child without a parent in the UK or with an uncertain immigration status. If trafficking into the UK is suspected, discuss a National Referral Mechanism referral with the designated safeguarding lead.
   */
  "migrant-or-separated-child"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
  /**
   * Is the child unsure about, or unable to talk safely about, their sexual orientation or gender identity?
   *
   * Count a child who lacks support or acceptance about their sexuality or gender identity, which can make them easier to target.
   */
  "identity-unsupported"?:
    | "yes"
    | "no"
    | "possible"
    | "unknown"
    | {
        value: "yes" | "no" | "possible" | "unknown";
        basis?: "evidence" | "professional-concern";
        evidence?: string;
      };
};

/** An indicator id of ruleset brighton-hove-cse 1.2.0. */
export type BrightonHoveCseIndicatorId = keyof BrightonHoveCseAnswers;
