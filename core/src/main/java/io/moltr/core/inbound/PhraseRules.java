package io.moltr.core.inbound;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phrase rules, as data: id, kind, description, weight, cheap keywords (at least one must
 * occur in the lower-cased text before the regex runs) and an RE2/J pattern. Instruction rules
 * run on {@link CanonicalText#flat}, markup rules ({@link Target#MARKUP}) on the folded text with
 * its lines intact. Weights are tuned so that one strong signal (an override, a role switch) or two
 * weak ones together (a persona plus "without restrictions", a note to the AI plus a manipulative
 * request) reach the default block_at of 0.5, and one weak signal alone does not.
 */
final class PhraseRules {
  private PhraseRules() {}

  enum Target { FLAT, MARKUP }

  /**
   * One rule. {@code discussable}: a quoted or cited occurrence weighs less (see InputScanner).
   * {@code leads}: when every match must begin at a word start with one of these lower-case
   * prefixes ({@link Leads}), the rule is tried only there; null when the regex does not say.
   * {@code startsAfter}: when not null, a match must also open the text or follow one of these
   * characters (and spaces): the start of a sentence or a clause.
   */
  record Rule(String id, String kind, String description, double weight, Target target, boolean discussable,
      List<String> keywords, Pattern pattern, List<String> leads, Pattern anchored, String startsAfter) {
    Rule {
      if (startsAfter != null && leads == null) {
        throw new IllegalArgumentException(id + ": a rule that must start a sentence needs lead words");
      }
    }
  }

  /** A rule's match: offsets are in the canonical text the rule ran on. */
  record Hit(Rule rule, int start, int end, String excerpt) {}

  private static String gap(int n) {
    return "[^.!?\\n]{0," + n + "}?";
  }

  private static final String G20 = gap(20);
  private static final String G25 = gap(25);
  private static final String G30 = gap(30);
  private static final String G40 = gap(40);
  private static final String G60 = gap(60);
  private static final String AI = "(?:ai|ais|llm|llms|assistant|assistants|language\\s+models?|chatbots?|agents?|models?|bots?|gpt|chatgpt|claude|gemini|copilot)";
  private static final String KI = "(?:ki|ki\\s+assistent(?:en)?|ki\\s+systeme?|sprachmodell(?:e)?|assistent(?:en)?|chatbot|llm)";

  // English override family.
  private static final String EN_VERB = "(?:ignore|disregard|forget|pretend|overlook|set\\s+aside|skip|bypass|override|discard|abandon|never\\s*mind|pay\\s+no\\s+attention\\s+to|(?:do\\s+not|don'?t|no\\s+longer|stop)\\s+(?:follow(?:ing)?|obey(?:ing)?|apply(?:ing)?))";
  private static final String EN_DET = "(?:previous|prior|above|earlier|preceding|original|initial|old|all|any|your|system|every|those|these|usual|existing|default|current|safety)";
  private static final String EN_NOUN = "(?:instructions?|prompts?|rules|guidelines|directives?|messages|context|restrictions|polic(?:y|ies)|guidance|programming|orders|commands|constraints|checks|safeguards|protocols|filters|guardrails|training|limitations|system\\s+message)";
  private static final String EN_RULES = "(?:instructions?|rules|guidelines|directives?|prompt|programming|restrictions|filters|safeguards|guardrails|polic(?:y|ies)|constraints|limitations|protocols)";
  private static final String EN_GONE = "(?:revoked|cancell?ed|replaced|updated|changed|lifted|suspended|disabled|removed|void|invalid|overridden|switched\\s+off|turned\\s+off|deactivated|a\\s+(?:test|mistake|draft|joke|lie)|fake|expired|null|no\\s+longer\\s+(?:valid|in\\s+effect|active|relevant))";

  // German override family (umlauts arrive spelled out: ä -> ae).
  private static final String DE_VERB = "(?:ignorier\\w*|vergiss|vergessen\\s+sie|missachte\\w*|uebergeh\\w*|ueberspring\\w*|verwirf|verwerfen\\s+sie|setze\\s+dich\\s+ueber|befolge\\s+nicht|hoer\\s+nicht\\s+auf)";
  private static final String DE_DET = "(?:vorherigen?|bisherigen?|obigen?|frueheren?|vorangegangenen?|vorigen?|alten|urspruenglichen?|alle|alles|deine[nrs]?|ihre|saemtliche|die|den|jegliche)";
  private static final String DE_NOUN = "(?:anweisungen|anweisung|instruktionen|befehle|regeln|vorgaben|richtlinien|systemanweisung(?:en)?|system\\s*prompt|prompt|sicherheitsrichtlinien|sicherheitsregeln|einschraenkungen|beschraenkungen|kontext)";

  /** Tag names that claim authority: system-reminder, admin_override, developer_instructions. */
  private static final String AUTHORITY_TAG = "(?:(?:system|admin)[-_]|(?:developer|root|sudo|operator)_)(?:reminder|override|instructions?|messages?|notes?|notice|prompt|commands?|directives?|policy|update|context)";

  /** "reveal the API keys", "print all tokens": a verb that hands something over, and a secret. */
  private static final String REVEAL_SECRET = "(?:reveal|print|show|output|leak|dump|display|disclose|share|expose|tell\\s+me|give\\s+me|paste|list|include|read\\s+out|export|return)(?:ing|s)?\\s+(?:\\S+\\s+){0,4}?(?:api\\s?keys?|secrets?|credentials|passwords?|private\\s+keys?|ssh\\s+keys?|tokens?|session\\s+tokens?|env(?:ironment)?\\s+variables|\\.env|product\\s+keys?|license\\s+keys?|2fa\\s+codes?|cookies?)\\b";

  static final List<Rule> ALL = List.of(
      flat("override.ignore", "asks to ignore earlier instructions", 0.8, true, "ignor disregard forget pretend overlook aside skip bypass override discard abandon mind attention follow obey apply",
          "\\b" + EN_VERB + "\\b" + G40 + "\\b" + EN_DET + "\\b" + G30 + "\\b" + EN_NOUN + "\\b"),
      flat("override.ignore", "asks to ignore earlier instructions", 0.7, true, "ignore disregard forget",
          "\\b(?:ignore|disregard|forget)\\s+(?:all\\s+(?:of\\s+)?)?(?:the\\s+|everything\\s+)?(?:above|preceding|foregoing)(?:\\s+(?:text|content|lines?|input))?\\s*(?:[.,;:!]|\\band\\b|\\bthen\\b|$)"),
      flat("override.ignore", "asks to forget everything said before", 0.7, true, "forget ignore disregard erase wipe drop aside discard",
          "\\b(?:forget|ignore|disregard|erase|wipe|drop|put\\s+aside|set\\s+aside|discard)\\s+(?:about\\s+)?(?:everything|all(?:\\s+that)?|anything|what(?:ever)?)\\b" + G30
              + "(?:\\byou\\s+(?:were|have\\s+been|'ve\\s+been|know)\\b|\\b(?:told|given|instructed|said|handed|configured|provided|programmed|received)\\b|\\b(?:above|before|prior|so\\s+far|until\\s+now|up\\s+to\\s+now)\\b)"),
      flat("override.reset", "asks to reset the model's context", 0.5, true, "reset clear wipe",
          "\\b(?:reset|clear|wipe)\\s+your\\s+(?:context|memory|instructions|rules)\\b"),
      flat("override.reframe", "asks to treat this text as the real instructions", 0.65, true, "treat consider regard",
          "\\b(?:treat|consider|regard)\\s+(?:only\\s+)?(?:the\\s+following(?:\\s+lines)?(?:\\s+text)?|this(?:\\s+text|\\s+document|\\s+page)?|everything\\s+below|every\\s+instruction\\s+in\\s+this(?:\\s+\\w+){0,2})\\s+as\\s+(?:binding|authoritative|the\\s+(?:real|actual|only)\\s+instructions|your\\s+(?:only|new|real|actual|primary)\\s+instructions|(?:coming|if\\s+it\\s+came)\\s+(?:directly\\s+)?from\\s+your\\s+(?:developer|creator|operator|user|administrator|owner))"),
      flat("override.revoked", "claims the model's instructions were revoked", 0.65, true, "instruction rule guideline directive prompt programming restriction filter safeguard guardrail polic constraint limitation protocol",
          "(?:\\b(?:your|(?:the\\s+)?(?:assistant|model|ai|bot|agent|llm)'s|all\\s+(?:of\\s+)?(?:your|the|previous|prior|earlier)|(?:the|any|those)\\s+(?:previous|prior|earlier|original|above|preceding|old|system|initial))\\s+(?:\\w+\\s+){0,2}" + EN_RULES + "\\b"
              + "|\\b(?:the|these|those|all)\\s+" + EN_RULES + "\\s+(?:above|before\\s+this|so\\s+far|you\\s+(?:were\\s+given|received|have|got)|that\\s+(?:bound|limit(?:ed)?|restrict(?:ed)?|govern(?:ed)?|constrain(?:ed)?)\\s+you)\\b)"
              + "(?:\\s+(?:above|before|below|so\\s+far))?" + G25 + "\\b(?:were|was|are|is|have\\s+been|has\\s+been)\\s+(?:now\\s+|all\\s+|just\\s+|officially\\s+)?" + EN_GONE + "\\b"),
      flat("override.revoked", "claims the model's instructions no longer apply", 0.65, true, "longer",
          "\\b(?:your|(?:the|all)\\s+(?:previous|prior|earlier|original|above|old))\\s+(?:\\w+\\s+)?(?:instructions|rules|guidelines|directives|prompt|programming)\\b" + G25 + "\\bno\\s+longer\\s+(?:apply|applies|matter|count|valid|hold)"),
      flat("override.revoked", "declares everything before it void", 0.6, true, "before above",
          "\\b(?:everything|all|the\\s+(?:text|content|context|instructions?|messages?))\\s+(?:before|above)(?:\\s+(?:this|here))?\\b" + G25 + "\\b(?:was|were|is|are)\\s+(?:now\\s+)?(?:just\\s+|only\\s+)?(?:a\\s+)?(?:draft|test|fake|irrelevant|joke|not\\s+real|obsolete|void|invalid)\\b"),
      flat("override.new_instructions", "announces new or updated instructions", 0.6, true, "new updated revised real actual true hidden additional priority urgent secret",
          "\\b(?:new|updated|revised|real|actual|true|hidden|additional|priority|urgent|secret)\\s+(?:system\\s+)?(?:instructions?|directives?|orders|task|objective|system\\s+prompt|prompt|mission)\\s*(?::|(?:for|to)\\s+(?:the\\s+|any\\s+|all\\s+|this\\s+)?" + AI + "\\b|(?:are|is|follow|take\\s+precedence|override|supersede)\\b)"),
      flat("override.new_instructions", "gives the model a new task", 0.6, true, "task job objective goal purpose mission role",
          "\\byour\\s+(?:new|real|actual|true|only|primary|sole)\\s+(?:task|job|objective|goal|purpose|mission|instructions?|role)\\b(?:\\s+now)?\\s*(?:is|are|:)"),
      flat("override.new_instructions", "sets rules from now on", 0.5, true, "from now on here this point",
          "\\bfrom\\s+(?:now\\s+on|here\\s+on|this\\s+point\\s+on(?:ward)?),?\\s+(?:you\\b|treat\\b|act\\b|respond\\b|answer\\b|follow\\b|obey\\b)"),
      flat("override.new_instructions", "demands obedience to this text only", 0.55, true, "only obey follow orders",
          "\\b(?:(?:follow|obey)\\s+only\\s+(?:me|these|this|the\\s+following|my)|only\\s+(?:take|accept)\\s+orders\\s+from|take\\s+orders\\s+only\\s+from|obey\\s+only)\\b"),
      flat("override.new_instructions", "tells the model to drop its current work", 0.4, true, "stop what",
          "\\bstop\\s+what\\s+you(?:'re|\\s+are)\\s+doing\\b"),
      flat("override.authority", "claims authority over the model", 0.6, true, "developer creator administrator admin operator owner maker programmer engineer",
          "\\bas\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:developer|creator|administrator|admin|operator|owner|maker|programmer|engineer)s?\\b" + G40 + "\\bi\\s+(?:hereby\\s+)?(?:authori[sz]e|instruct|order|command|permit|allow|grant|require)"),
      flat("override.authority_claim", "claims to be the model's developer or operator", 0.35, true, "i am i'm",
          "\\bi(?:\\s+am|'m)\\s+(?:the|your)\\s+(?:system\\s+)?(?:developer|creator|administrator|admin|operator|owner|maker|programmer)\\b"),
      flat("override.authority", "declares an override", 0.6, true, "override ueberschreibung",
          "\\b(?:system|admin|administrator|priority|emergency|developer|root|master)\\s+override\\b|\\bsystemueberschreibung\\b"),
      flat("override.consent", "claims the user already approved", 0.45, true, "user",
          "\\bthe\\s+user\\s+(?:has\\s+)?(?:already\\s+)?(?:pre\\s?approved|authori[sz]ed|approved|granted\\s+(?:permission|access)|given\\s+(?:permission|consent)|consented)\\b"),
      flat("override.consent", "claims an authorised test", 0.45, true, "authori",
          "\\bauthori[sz]ed\\s+(?:red\\s?team|penetration|security|jailbreak)\\s+(?:exercise|test|session|assessment)"),
      flat("override.authority_claim", "claims a message from the operator", 0.35, true, "from",
          "\\b(?:message|instruction|order|directive|note|request)s?\\s+from\\s+(?:the\\s+|your\\s+)?(?:administrator|admin|developers?|openai|anthropic|system\\s+operator|operator|system|security\\s+team|user)\\b"),
      flat("override.authority", "claims the model was reprogrammed", 0.6, true, "you have been",
          "\\byou\\s+have\\s+been\\s+(?:reprogrammed|jailbroken|unlocked|freed|reconfigured|updated\\s+to)\\b"),
      flat("override.assistant_instructed", "tells the assistant what it is now allowed to do", 0.5, true, "assistant model agent",
          "\\bthe\\s+(?:assistant|ai|model|agent|llm)\\s+(?:is\\s+now\\s+|must\\s+now\\s+|is\\s+hereby\\s+|is\\s+)?(?:instructed|required|ordered|authori[sz]ed|allowed|permitted)\\s+to\\b|\\bthe\\s+(?:assistant|ai|model|agent|llm)\\s+(?:may|must|shall)\\s+(?:now\\s+)?(?:run|execute|share|send|forward|delete|ignore|disable|reveal)\\b"),

      flat("address.ai", "addresses the AI reading the text", 0.4, true, "ai llm assistant model chatbot agent bot gpt claude gemini copilot",
          "\\b(?:note|message|attention|instructions?|important|reminder|memo|warning)\\s*(?:to|for)\\s+(?:the\\s+|any\\s+|all\\s+)?" + AI + "\\b"
              + "|\\bif\\s+you\\s+are\\s+(?:an?\\s+)?(?:ai|llm|large\\s+language\\s+model|language\\s+model|assistant|agent|bot|chatbot|automated)\\b"
              + "|\\b(?:dear|hey|hi|hello|attention)\\s+(?:the\\s+)?(?:ai|llm|assistant|chatbot|agent|model|gpt|chatgpt)\\b\\s*[,:!]"
              + "|\\b(?:ai|llm)s?\\s+[a-z]+\\s*:\\s"
              + "|\\b(?:ai|llm)\\s+(?:assistants?|agents?|models?|systems?)\\s*(?::|(?:processing|reading|summari[sz]ing|handling|parsing|that\\s+(?:read|process))\\b)"
              + "|\\b(?:language\\s+models?|llms?|ais?)\\s+(?:reading|processing|summari[sz]ing|that\\s+reads?)\\s+this\\b"),
      sentence("address.ai", "addresses the AI reading the text", 0.4, ".!?:>]",
          "\\b(?:assistant|ai|chatgpt|gpt|claude|llm|agent)\\s*[,:]\\s"),
      flat("address.ai", "spricht die KI an, die den Text liest", 0.4, true, "ki sprachmodell assistent chatbot llm",
          "\\b(?:hinweis|nachricht|achtung|wichtig|anweisungen?|info)\\s*(?:an|fuer)\\s+(?:die\\s+|das\\s+|den\\s+|alle\\s+)?" + KI + "\\b"
              + "|\\bachtung,?\\s+ki\\b|\\ban\\s+(?:das|die)\\s+(?:sprachmodell|ki)\\b|\\b(?:falls|wenn)\\s+du\\s+(?:eine\\s+ki|ein\\s+sprachmodell|ein\\s+(?:ki\\s+)?assistent)\\b|\\bliebe\\s+ki\\b"),
      flat("address.task", "refers to the model's own processing of this text", 0.3, true, "summari process answer respond read",
          "\\b(?:when|while|before|after|if)\\s+(?:(?:you|the\\s+(?:ai|assistant|model|llm|agent|bot)|an?\\s+(?:ai|llm))\\s+)?(?:\\w+\\s+){0,2}?(?:summari[sz]\\w*|process\\w*|answer\\w*|respond\\w*|reads?|reading)\\s+(?:this|these|the\\s+following)\\b"
              + "|\\bbefore\\s+you\\s+(?:continue|proceed|answer|respond|reply|summari[sz]e)\\b[^.!?\\n]{0,30}?\\byou\\s+(?:must|need\\s+to|have\\s+to|should)\\s+first\\b"),

      flat("action.manipulate", "asks for an action without the user's knowledge or review", 0.3, true, "without skip bypass disable quietly silently",
          "\\bwithout\\s+(?:asking|confirmation|confirming|review|reviewing|checking|telling|informing|notifying|any\\s+(?:confirmation|review|checks?))\\b"
              + "|\\b(?:skip|bypass|disable)\\s+(?:the\\s+|your\\s+|all\\s+)?(?:\\w+\\s+)?(?:confirmation|approval|review|verification|moderation|safety\\s+checks?|checks)(?:\\s+step)?\\b"
              + "|\\b(?:quietly|silently)\\s+(?:add|send|forward|copy|change|delete|remove|include|transfer|approve)\\b"),
      flat("action.manipulate", "asks for a payment or approval", 0.3, true, "transfer wire pay approve authori iban",
          "\\b(?:transfer|wire|pay)\\s+(?:\\S+\\s+){0,3}?\\d[\\d.,]*\\s*(?:eur|euro|usd|dollars?|€|\\$|btc)|\\biban\\s*[a-z]{2}\\d{2}"
              + "|\\b(?:approve|authori[sz]e)\\s+(?:this|the)\\s+(?:invoice|payment|expense(?:\\s+report)?|transfer|pull\\s+request|request|loan|application|report|transaction)"),
      flat("action.manipulate", "asks to steer what the user is told", 0.3, true, "recommend rate rank describe present classify tell inform advise persuade convince only always",
          "\\b(?:recommend|rate|rank|describe|present|classify|evaluate)\\s+(?:this|the)\\s+(?:candidate|applicant|product|seller|hotel|company|person|resume|cv|application)\\s+as\\b"
              + "|\\b(?:tell|inform|advise|instruct|ask)\\s+the\\s+(?:user|reader|customer)\\s+to\\s+(?:call|visit|download|install|click|verify|send|enter|log\\s+in)\\b"
              + "|\\b(?:persuade|convince|trick|manipulate)\\s+the\\s+(?:user|reader|customer)\\b"
              + "|\\b(?:only|always)\\s+(?:recommend|answer|reply|respond|say|output)\\b"),
      flat("action.manipulate", "asks to add something to every answer or mail", 0.3, true, "add append include insert put attach",
          "\\b(?:add|append|include|insert|put|attach)\\b" + G60 + "\\b(?:every|each|all)\\s+(?:e\\s?mails?|answers?|responses?|repl(?:y|ies)|messages?|outputs?)\\b"),
      flat("action.manipulate", "asks to delete or close everything", 0.3, true, "delete remove wipe erase drop close push",
          "\\b(?:delete|remove|wipe|erase|drop)\\s+(?:all|every|the\\s+entire|the\\s+whole)\\s+(?:\\w+\\s+)?(?:files?|records|repositor(?:y|ies)|backups|data|e\\s?mails|database|incidents|audit\\s+logs?)\\b"
              + "|\\bclose\\s+all\\s+(?:open\\s+)?(?:incidents|tickets|issues)\\b|\\bgit\\s+push\\s+(?:-f|--force|force)\\b"),
      flat("action.manipulate", "verlangt eine Handlung ohne Rückfrage (deutsch)", 0.3, true, "ohne frag ueberweis loesch bewerte empfiehl antworte",
          "\\bohne\\s+(?:rueckfrage|nachzufragen|bestaetigung|pruefung)\\b|\\bfrag(?:e)?\\s+nicht\\s+nach\\b|\\bueberweis(?:e|en\\s+sie)\\b"
              + "|\\b(?:loesche|loeschen\\s+sie)\\s+(?:alle|saemtliche)\\b|\\bbewerte\\b" + G30 + "\\bals\\b|\\bempfiehl\\s+(?:ausschliesslich|nur)\\b|\\bantworte\\s+(?:nur\\s+noch|ausschliesslich)\\b"),

      flat("jailbreak.persona", "tries to switch the model into another persona or mode", 0.35, true, "you are you're act pretend role simulate imagine respond write answer character play enter enable activate switch turn were alter fictional",
          "\\b(?:you\\s+are\\s+now|you're\\s+now|from\\s+now\\s+on,?\\s+you\\s+are|act(?:ing)?\\s+as|pretend\\s+(?:to\\s+be|you\\s+are|you're|that\\s+you)|role\\s?play\\s+as|simulate\\s+(?:a|an|being)|imagine\\s+(?:you\\s+are|you're|that\\s+you)|respond\\s+as|write\\s+as|answer\\s+as|stay\\s+in\\s+character|you\\s+will\\s+now\\s+simulate|let'?s\\s+play\\s+a\\s+game"
              + "|(?:enter|enable|activate|switch\\s+to|turn\\s+on)\\s+(?:\\w+\\s+)?mode|if\\s+you\\s+were\\s+an?\\s+(?:ai|model|assistant|chatbot|language\\s+model)|you(?:'re|\\s+are)\\s+(?:now\\s+)?in\\s+(?:\\w+\\s+)?mode|you(?:'re|\\s+are)\\s+(?:now\\s+)?an?\\s+(?:\\w+\\s+)?(?:ai|assistant|model|chatbot|bot)\\s+(?:named|called)|(?:your|an?)\\s+(?:jailbroken|unfiltered|evil|unrestricted)\\s+alter\\s+ego|in\\s+this\\s+fictional\\s+world)\\b"),
      flat("jailbreak.persona", "Rollenwechsel des Modells (deutsch)", 0.35, true, "du bist sofort jetzt stell tu spiel",
          "\\b(?:du\\s+bist\\s+(?:jetzt|nun|ab\\s+jetzt|ab\\s+sofort)|ab\\s+(?:jetzt|sofort)\\s+bist\\s+du|stell\\s+dir\\s+vor,?\\s+du|tu\\s+so,?\\s+als|spiel(?:e)?\\s+die\\s+rolle)\\b"),
      flat("jailbreak.unrestricted", "asks for a model without restrictions", 0.45, true, "no without free zero bound unbound restrict limit rule filter censor polic ethic moral safety guideline refus disclaimer warning boundar constraint",
          "\\b(?:no|without(?:\\s+any)?|free\\s+(?:of|from)|zero|not\\s+bound\\s+by|broken\\s+free\\s+of|freed\\s+from|unbound\\s+by)\\s+(?:\\w+\\s+){0,3}?(?:restrictions|limits|limitations|rules|filters?|filtering|censorship|content\\s+polic(?:y|ies)|ethics|ethical\\s+(?:guidelines|constraints|boundaries)|moral(?:s|ity|\\s+(?:constraints|guidelines|boundaries))?|safety\\s+(?:training|guidelines|filters|measures)|guidelines|refusals?|disclaimers|boundaries|constraints)\\b"),
      flat("jailbreak.unrestricted", "asks for a model without restrictions", 0.45, true, "unrestricted unfiltered uncensored jailbroken unaligned unchained unshackled amoral refuse decline apologi anything confines polic forbidden mode content",
          "\\b(?:unrestricted|unfiltered|uncensored|jailbroken|unaligned|unchained|unshackled|amoral)\\b"
              + "|\\b(?:never|(?:do\\s+)?not|don'?t)\\s+(?:ever\\s+)?(?:refuse|decline|say\\s+no|apologi[sz]e|add\\s+warnings|mention\\s+(?:policies|the\\s+rules))\\b"
              + "|\\bdo\\s+anything\\s+now\\b|\\bconfines\\s+of\\s+(?:ai|artificial)"
              + "|\\b(?:ignore|bypass|violate|disregard)s?\\s+(?:\\w+\\s+){0,2}(?:usage|content|safety)\\s+polic"
              + "|\\b(?:safety|ethical|content)\\s+(?:training|filters?|guidelines|restrictions)\\s+(?:has\\s+been\\s+|have\\s+been\\s+|is\\s+|are\\s+)?(?:removed|disabled|off|lifted)"
              + "|\\bforbidden\\s+to\\s+do\\s+is\\s+now|\\b(?:god|developer|dev|jailbreak|dan|sudo|unrestricted)\\s+mode\\s+(?:enabled|activated|output)\\b|\\bin\\s+(?:god|developer|jailbreak|dan)\\s+mode,?\\s+you\\b"
              + "|\\b(?:any|all)\\s+(?:kind\\s+of\\s+)?content,?\\s+(?:even|including)\\s+(?:offensive|illegal|harmful|explicit)"),
      flat("jailbreak.unrestricted", "fordert ein Modell ohne Einschränkungen (deutsch)", 0.45, true, "ohne unzensiert uneingeschraenkt ungefiltert keine ablehn entwicklermodus",
          "\\bohne\\s+(?:jede\\s+|jegliche\\s+)?(?:\\w+\\s+)?(?:einschraenkungen|beschraenkungen|zensur|filter|regeln|grenzen|richtlinien)\\b|\\b(?:unzensiert|uneingeschraenkt|ungefiltert)\\w*"
              + "|\\bkeine\\s+(?:regeln|grenzen|einschraenkungen|richtlinien)\\s+mehr\\b|\\b(?:niemals|nie)\\s+ablehn|\\bentwicklermodus\\b"),
      flat("jailbreak.unrestricted", "tells the model it is now free of its rules", 0.6, true, "you are du bist",
          "\\byou\\s+are\\s+(?:now\\s+)?(?:free|jailbroken|unrestricted|unfiltered|uncensored|unaligned)\\b|\\byou\\s+are\\s+(?:now\\s+)?an?\\s+(?:evil|unfiltered|uncensored|unrestricted|unaligned|rogue)\\b"
              + "|\\bdu\\s+hast\\s+keine\\s+(?:regeln|grenzen|einschraenkungen|richtlinien)\\b"),
      caseSensitive("jailbreak.named", "names a known jailbreak persona", 0.45, "dan stan aim dude antigpt mongo",
          "(?:\\b(?i:you\\s+are|as|respond\\s+as|act\\s+as|become|du\\s+bist)\\s+(?:(?i:now)\\s+)?)(?:DAN|STAN|AIM|DUDE|BetterDAN|AntiGPT|Mongo\\s+Tom)\\b|\\b(?:BetterDAN|AntiGPT)\\b"),

      flat("exfil.reveal", "asks to reveal the system prompt", 0.7, true, "reveal print show output repeat leak dump display disclose share expose tell give paste write recite list return",
          "\\b(?:reveal|print|show|output|repeat|leak|dump|display|disclose|share|expose|tell\\s+me|give\\s+me|paste|write\\s+out|recite|list|return)(?:ing|s)?\\b" + G40
              + "(?:\\byour\\s+(?:\\w+\\s+){0,2}?(?:prompt|instructions|configuration|rules|guidelines|system\\s+message)\\b|\\bthe\\s+(?:system\\s+prompt|system\\s+message|hidden\\s+(?:prompt|instructions|message)|initial\\s+prompt|instructions\\s+you\\s+(?:were|have\\s+been)\\s+given)\\b)"),
      sentence("exfil.reveal_secret", "asks to hand over secrets", 0.45, ".!?:;,", "\\b" + REVEAL_SECRET),
      flat("exfil.reveal_secret", "asks to hand over secrets", 0.45, true, "reveal print show output leak dump display disclose share expose tell give paste list include read export return what",
          "\\b(?:and|then|please|now|must|should|kindly|also|first)\\s+" + REVEAL_SECRET
              + "|\\bwhat\\s+(?:is|are)\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:password|passwords|api\\s+key|secret|credentials|token)\\b"
              + "|\\b(?:read|tell)\\s+me\\s+(?:\\w+\\s+){0,2}(?:product|license|activation|serial)\\s+keys\\b"),
      flat("exfil.reveal", "fordert Systemprompt oder Geheimnisse an (deutsch)", 0.6, true, "gib zeig verrate nenne drucke liste",
          "\\b(?:gib|zeig(?:e)?|verrate|nenne|drucke|liste)\\b" + G40 + "\\b(?:deinen?\\s+|die\\s+|den\\s+|alle\\s+)?(?:\\w+\\s+)?(?:system\\s*prompt|systemanweisung(?:en)?|versteckten\\s+anweisungen|konfiguration|passwoerter|passwort|zugangsdaten|api\\s*schluessel|schluessel|geheimnisse|tool\\s*namen)\\b"),
      flat("exfil.send", "asks to send private data somewhere", 0.6, true, "send post upload forward transmit exfiltrate mail export paste copy leak share submit cc",
          "\\b(?:send|post|upload|forward|transmit|exfiltrate|e\\s?mail|export|paste|copy|leak|share|submit|mail|cc)\\b" + G40
              + "\\b(?:data|files?|contents?|secrets?|keys?|credentials|tokens?|passwords?|history|conversation|chat|contacts|calendar|e\\s?mails|messages|thread|cookies?|session|everything)\\b" + G40
              + "\\b(?:to|at|into|on)\\b\\s+(?:https?://|[\\w.+-]+@[\\w-]+\\.|[\\w-]+\\.[a-z]{2,}\\b|pastebin|webhook)"),
      flat("exfil.send_address", "asks to send something to an address", 0.3, true, "send forward mail cc export upload leite",
          "\\b(?:send|forward|e\\s?mail|mail|cc|bcc|export|upload|leite)\\b" + G60 + "\\b(?:to|an)\\s+[\\w.+-]+@[\\w-]+\\.[\\w.]+"),
      flat("exfil.send", "fordert auf, Daten zu senden (deutsch)", 0.6, true, "sende schick uebermittle lade leite exportiere",
          "\\b(?:sende|schicke?|uebermittle|lade|leite|exportiere)\\b" + G40
              + "\\b(?:daten|dateien|inhalte?|schluessel|passwoerter|zugangsdaten|tokens?|kontakte|e\\s?mails?|mails?|nachrichten|verlauf|chat)\\b" + G40 + "\\b(?:an|nach|zu|hoch|weiter)\\b"),
      flat("stealth.hide_from_user", "asks to keep the user in the dark", 0.6, true, "not don't never",
          "\\b(?:do\\s+not|don'?t|never)\\s+(?:tell|inform|mention|alert|notify|reveal|show|disclose)\\b" + G20 + "\\b(?:the\\s+)?(?:user|human|operator|owner|reader|customer)\\b"
              + "|\\b(?:do\\s+not|don'?t|never)\\s+mention\\s+(?:this|these|that)\\s+(?:text|paragraph|instruction|message|note|line)s?\\b"
              + "|\\bwithout\\s+the\\s+user\\s+(?:knowing|noticing)\\b"),
      flat("stealth.hide_from_user", "fordert auf, den Nutzer nicht zu informieren (deutsch)", 0.6, true, "sag erzaehl teil",
          "\\b(?:sag(?:e)?|erzaehl(?:e)?|teil(?:e)?)\\s+(?:dem|der)\\s+(?:benutzer|nutzer|anwender)(?:in)?\\s+(?:nichts|nicht\\s+davon)\\b"),
      flat("action.dangerous", "asks to run destructive or remote code", 0.5, true, "run execute exec",
          "\\b(?:run|execute|exec)\\b" + G40 + "(?:rm\\s+-rf|curl\\s+[^|\\n]*\\|\\s*(?:ba|z)?sh|wget\\s+[^|\\n]*\\|\\s*(?:ba|z)?sh|base64\\s+-d[^|\\n]*\\|\\s*(?:ba|z)?sh)"),
      flat("encoded.follow", "asks to decode a payload and follow it", 0.35, true, "decode decrypt translate convert unscramble rot13 base64 hex",
          "\\b(?:decode|decrypt|translate|convert|unscramble)\\b" + G30 + "\\b(?:and|then)\\s+(?:follow|obey|execute|run|do|comply|act\\s+on|carry\\s+out)\\b|\\b(?:rot13|base64|hex)\\b" + G20 + "\\b(?:and\\s+)?(?:obey|follow|execute)\\b"),

      flat("override.de", "fordert auf, frühere Anweisungen zu ignorieren (deutsch)", 0.8, true, "ignorier vergiss vergessen missachte uebergeh ueberspring verwirf verwerfen setze befolge hoer",
          "\\b" + DE_VERB + "\\b" + G40 + "\\b" + DE_DET + "\\b" + G30 + "\\b" + DE_NOUN + "\\b"),
      flat("override.de", "fordert auf, frühere Anweisungen nicht mehr zu beachten (deutsch)", 0.8, true, "beacht befolg",
          "\\b(?:beachte|befolge)\\w*\\s+(?:\\w+\\s+){0,3}(?:anweisungen|regeln|vorgaben|richtlinien|instruktionen|systemanweisung(?:en)?)\\s+nicht\\s+(?:mehr|laenger)\\b"),
      flat("override.de", "fordert auf, alles Vorherige zu vergessen (deutsch)", 0.7, true, "vergiss vergessen ignorier",
          "\\b(?:vergiss|vergessen\\s+sie|ignorier\\w*)\\s+(?:einfach\\s*)?(?:alles\\b|,?\\s*was\\b)" + G40 + "\\b(?:vorher|zuvor|bisher|oben|gesagt|aufgetragen|befohlen|gegeben)\\b"),
      flat("override.de_revoked", "erklärt die Anweisungen des Modells für ungültig (deutsch)", 0.65, true, "anweisung regel richtlinie vorgabe instruktion einschraenk beschraenk",
          "\\b(?:deine|die|alle|ihre)\\s+(?:\\w+\\s+){0,2}\\w*(?:anweisungen|regeln|richtlinien|vorgaben|instruktionen|einschraenkungen|beschraenkungen)\\b" + G30
              + "\\b(?:gelten\\s+nicht\\s+mehr|sind\\s+(?:\\w+\\s+)?(?:veraltet|aufgehoben|ungueltig|deaktiviert|abgeschaltet|ausser\\s+kraft)|wurden\\s+(?:\\w+\\s+){0,4}?(?:widerrufen|aufgehoben|ersetzt|deaktiviert)|waren\\s+(?:nur\\s+)?ein\\s+test)"
              + "|\\b(?:alle\\s+)?(?:beschraenkungen|einschraenkungen|regeln|filter|sicherheitsrichtlinien)\\s+(?:sind\\s+|wurden\\s+)?(?:aufgehoben|deaktiviert|abgeschaltet)\\b"),
      flat("override.de_new", "kündigt neue Anweisungen an (deutsch)", 0.6, true, "neue deine ihre ab befolge gehorch als",
          "\\bneue\\s+(?:system\\s*)?(?:anweisungen?|aufgabe|richtlinie|instruktionen?|befehle?)\\s*(?::|(?:fuer|an)\\s+(?:den\\s+|die\\s+|das\\s+)?" + KI + "\\b|(?:fuer|an)\\s+(?:den\\s+|die\\s+)?agenten\\b)"
              + "|\\b(?:deine|ihre)\\s+(?:neue|eigentliche|wahre|einzige|echte)\\s+aufgabe\\s+(?:ist|lautet|:)"
              + "|\\bbefolge\\s+(?:ab\\s+sofort\\s+|ab\\s+jetzt\\s+)?nur\\s+noch\\b|\\bgehorch\\w*\\s+(?:\\w+\\s+)?(?:nur\\s+noch|ab\\s+sofort)\\b"
              + "|\\bals\\s+(?:der\\s+)?(?:entwickler|administrator|admin|betreiber|ersteller)\\b" + G40 + "\\b(?:autorisiere|erlaube|befehle|weise)\\s+ich\\b"),
      flat("override.de_new", "setzt ab sofort neue Regeln (deutsch)", 0.5, true, "ab jetzt sofort",
          "\\bab\\s+(?:jetzt|sofort)\\s+(?:bist\\s+du|wirst\\s+du|musst\\s+du|gehorchst\\s+du|befolgst\\s+du|antwortest\\s+du)\\b"),

      markup("smuggle.role_token", "contains a chat-template role switch", 0.8, "<| <start_of_turn> <<sys [inst]",
          "<\\|(?:im_start|start_header_id)\\|>\\s*(?:system|assistant|user|developer|tool)|<start_of_turn>\\s*(?:model|user|system)|<\\|(?:system|assistant|user)\\|>|<<\\s*/?SYS\\s*>>|\\[INST\\]"),
      markup("smuggle.chat_token", "contains chat-template control tokens", 0.4, "<| end_of_turn [/inst]",
          "<\\|(?:im_end|im_start|endoftext|eot_id|eom_id|end_header_id|start_header_id|end|begin[▁_]of[▁_]sentence|end[▁_]of[▁_]sentence)\\|>|<end_of_turn>|\\[/INST\\]"),
      markup("smuggle.tool_markup", "contains tool-call markup meant for the model", 0.6, "function_calls invoke parameter tool_call function_call tool_use tool_result search_results system_instructions system_prompt python_tag tool▁ ```tool_",
          "<\\s*/?\\s*(?:function_calls|invoke|tool_call|tool_calls|function_call|tool_use|tool_result|system_instructions|system_prompt)\\b[^>\\n]{0,80}>|<parameter\\s+name\\s*=|</search_results\\s*>"
              // Llama 3.1 (<|python_tag|>), Mistral ([TOOL_CALLS]), DeepSeek (<｜tool▁calls▁begin｜>, folded
              // to '|'), Gemini (a ```tool_code fence).
              + "|<\\|python_tag\\|>|\\[(?:TOOL_CALLS|TOOL_RESULTS)\\]|<\\|tool[▁_](?:calls?|outputs?)[▁_]begin\\|>|<\\|tool[▁_]sep\\|>"
              + "|```[ \\t]*tool_(?:code|outputs?)\\b"),
      // A tag that claims authority and wraps an instruction; the bare tag name (in prose about the
      // format) is not enough.
      markup("smuggle.authority_tag", "wraps text in a tag that claims system or admin authority", 0.6, "system- system_ admin- admin_ developer_ root_ sudo_ operator_",
          "<\\s*" + AUTHORITY_TAG + "\\b[^<>\\n]{0,80}>[^<]{1,600}</\\s*" + AUTHORITY_TAG + "\\s*>"),
      markup("smuggle.role_switch", "closes the data turn and opens a system turn", 0.7, "</",
          "</\\s*(?:user|human|assistant|tool|document|context|data|search_results|tool_result|user_input|user_message|user_query|input|query|untrusted\\w*)\\s*>(?:\\s|\\\\[nrt])*<\\s*(?:system|assistant|developer|instructions?|admin\\w*|override\\w*|root|sudo)\\b[^>\\n]{0,80}>"),
      markup("smuggle.role_tag", "contains a role tag", 0.35, "<system <assistant",
          "<\\s*(?:system|assistant)\\s*>"),
      markup("smuggle.role_header", "contains a role header meant for the model", 0.6, "system instruction response assistant user input sys",
          "(?m)^[ \\t]*#{1,4}[ \\t]*(?:system|instruction|instructions|response|assistant|input)[ \\t]*:[ \\t]*|(?m)^[ \\t]*\\[(?:system|assistant|inst|sys|admin)\\][ \\t]*:?"),
      // Not at a line start: after a sentence end (a PDF reflow joins "### System:" into a
      // paragraph) or a speaker's colon ("[09:15] guest: [SYSTEM]: ..."). Its own narrow keywords:
      // an unanchored pattern costs RE2/J more per character read.
      markup("smuggle.role_header", "contains a role header meant for the model", 0.6, "system: instruction: instructions: assistant: [system] [sys] [admin] [assistant]",
          "[.!?:][ \\t]+#{1,4}[ \\t]*(?:system|instructions?|assistant):[ \\t]|[.!?:][ \\t]+\\[(?:system|assistant|sys|admin)\\][ \\t]*:"),
      markup("smuggle.role_line", "starts a line with a role name", 0.4, "system assistant",
          "(?m)^[ \\t]*(?:system|assistant)[ \\t]*:[ \\t]"),
      // A capitalised role name that opens a sentence or a quoted CSV or JSON cell.
      markup("smuggle.role_line", "starts a sentence or a cell with a role name", 0.4, "system: assistant:",
          "(?:[.!?][ \\t]+|(?m:^)\"|[,;\\t][ \\t]*\")(?-i:System|SYSTEM|Assistant|ASSISTANT):[ \\t]"),
      markup("smuggle.tool_json", "contains a tool call as JSON", 0.6, "tool_calls function_call",
          "\"(?:tool_calls|function_call)\"\\s*:\\s*[\\[{]\\s*[{\"]|\"type\"\\s*:\\s*\"function_call\"\\s*,\\s*\"(?:name|call_id|id|arguments)\"\\s*:"),
      // A chat message escaped inside another JSON value ("bio": "{\"role\": \"system\", ...}"):
      // a data field carrying a system turn. Unescaped, such messages are everyday API logs.
      markup("smuggle.role_json", "contains a system message escaped inside a JSON value", 0.45, "role\\\"",
          "\\{\\s*\\\\+\"role\\\\+\"\\s*:\\s*\\\\+\"(?:system|developer)\\\\+\"\\s*,\\s*\\\\+\"content\\\\+\"\\s*:"),
      // A fake agent trace: an observation followed by the next thought, or an action with its input
      // (ReAct / LangChain), as if the tool had already run.
      markup("smuggle.react_turn", "contains a fake agent observation, action or tool step", 0.4, "observation input: tool: function:",
          "\\bObservation\\s*:[^\\n]{0,300}?(?:\\n|\\\\n)[ \\t]*Thought\\s*:|\\bAction\\s*:[ \\t]*[\\w.]+[ \\t]*(?:\\n|\\\\n)[ \\t]*Action[ \\t]+Input\\s*:"
              + "|\\bAssistant\\s*:[^\\n]{0,400}?(?:\\n|\\\\n)[ \\t]*(?:Tool|Function)(?:[ \\t]+(?:result|output|response))?\\s*:"));

  private static Rule flat(String id, String description, double weight, boolean discussable, String keywords, String regex) {
    return rule(id, id.startsWith("smuggle") ? "tool_call_smuggling" : "instruction", description, weight,
        Target.FLAT, discussable, keywords, "(?i)", regex, null);
  }

  /** A rule whose match must open the text or follow one of {@code after} (and spaces). */
  private static Rule sentence(String id, String description, double weight, String after, String regex) {
    return rule(id, "instruction", description, weight, Target.FLAT, true, "", "(?i)", regex, after);
  }

  private static Rule caseSensitive(String id, String description, double weight, String keywords, String regex) {
    return rule(id, "instruction", description, weight, Target.FLAT, true, keywords, "", regex, null);
  }

  private static Rule markup(String id, String description, double weight, String keywords, String regex) {
    return rule(id, "tool_call_smuggling", description, weight, Target.MARKUP, true, keywords, "(?i)", regex, null);
  }

  /**
   * A rule with lead prefixes also gets its regex anchored with {@code ^}: RE2/J stops an
   * anchored attempt as soon as no thread is left, where {@code lookingAt} alone would step on to
   * the end of the input.
   */
  private static Rule rule(String id, String kind, String description, double weight, Target target, boolean discussable,
      String keywords, String flags, String regex, String startsAfter) {
    List<String> leads = Leads.of(regex);
    return new Rule(id, kind, description, weight, target, discussable,
        keywords.isEmpty() ? List.of() : List.of(keywords.split(" ")), Pattern.compile(flags + regex), leads,
        leads == null ? null : Pattern.compile(flags + "^(?:" + regex + ")"), startsAfter);
  }

  /** Characters read on either side of a keyword: longer than any rule's match. */
  static final int REACH = 250;

  /** The lead prefixes of every rule that has them, in the order of {@link #ALL}. */
  private static final Leads.Index LEADS = new Leads.Index(ALL.stream().map(Rule::leads).toList());

  /**
   * Every hit of every rule aimed at {@code target}, at most 20 per rule, in the same places a
   * search of the whole text would find them. A rule with lead prefixes ({@link Leads}) runs
   * anchored at the word starts that carry one of them and reads at most {@link #REACH}
   * characters from each; an anchored attempt that fails ends within a few characters. A rule
   * without them reads only the stretches within {@link #REACH} of its keywords, never the whole
   * text: on a long page some keyword of most rules occurs somewhere, and RE2/J's automaton costs
   * per character read. Keywords of one or two letters count only where a word starts ("ai" in
   * "again" does not).
   */
  static List<Hit> match(String text, Target target) {
    List<Hit> hits = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean sameOffsets = lower.length() == text.length();
    int[][] starts = sameOffsets ? LEADS.candidates(lower) : null;
    for (int i = 0; i < ALL.size(); i++) {
      Rule r = ALL.get(i);
      if (r.target() != target) {
        continue;
      }
      if (starts != null && r.leads() != null) {
        anchored(r, text, starts[i], hits);
        continue;
      }
      if (!mentionsAny(lower, r.keywords())) {
        continue;
      }
      int[] windows = sameOffsets ? windows(text, lower, r.keywords()) : new int[] {0, text.length()};
      int found = 0;
      for (int w = 0; w < windows.length && found < 20; w += 2) {
        int ws = windows[w];
        Matcher m = r.pattern().matcher(text.substring(ws, windows[w + 1]));
        while (found < 20 && m.find()) {
          found++;
          hits.add(new Hit(r, ws + m.start(), ws + m.end(), m.group()));
        }
      }
    }
    return hits;
  }

  /** Tries rule {@code r} at each of its candidate starts, skipping those inside its last hit. */
  private static void anchored(Rule r, String text, int[] starts, List<Hit> hits) {
    if (starts == null) {
      return;
    }
    int found = 0;
    int after = 0;
    Matcher m = null;
    for (int p : starts) {
      if (p < after || (r.startsAfter() != null && !opensClause(text, p, r.startsAfter()))) {
        continue;
      }
      String stretch = text.substring(p, Math.min(text.length(), p + REACH));
      if (m == null) {
        m = r.anchored().matcher(stretch);
      } else {
        m.reset(stretch);
      }
      if (m.lookingAt()) {
        hits.add(new Hit(r, p, p + m.end(), m.group()));
        after = p + m.end();
        if (++found == 20) {
          return;
        }
      }
    }
  }

  /** True when p opens the text or a paragraph, or follows one of {@code marks} and whitespace. */
  private static boolean opensClause(String text, int p, String marks) {
    if (p == 0) {
      return true;
    }
    int q = p;
    boolean paragraph = false;
    while (q > 0 && p - q < 100 && Character.isWhitespace(text.charAt(q - 1))) {
      // The flat view keeps a line break only where a paragraph ends.
      paragraph |= text.charAt(q - 1) == '\n';
      q--;
    }
    return q > 0 && (paragraph || marks.indexOf(text.charAt(q - 1)) >= 0);
  }

  /**
   * Sorted, disjoint [start, end) pairs around the keyword occurrences; each start moved back to
   * a line break, or else a space, so that no match begins inside a word it would not begin in
   * (both searches bounded: 200 and 100 characters).
   */
  private static int[] windows(String text, String lower, List<String> keywords) {
    int n = text.length();
    List<int[]> spans = new ArrayList<>();
    for (String k : keywords) {
      boolean wordStart = k.length() <= 2 && Character.isLetterOrDigit(k.charAt(0));
      int[] open = null;
      for (int at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) {
        if (wordStart && at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
          continue;
        }
        int s = Math.max(0, at - REACH);
        int e = Math.min(n, at + k.length() + REACH);
        if (open != null && s <= open[1]) {
          open[1] = e; // occurrences come in order: widen the window still open
        } else {
          open = new int[] {s, e};
          spans.add(open);
        }
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    int[] out = new int[2 * spans.size()];
    int size = 0;
    for (int[] sp : spans) {
      int s = sp[0];
      int line = s;
      while (line > 0 && s - line < 200 && text.charAt(line - 1) != '\n') {
        line--;
      }
      if (line == 0 || text.charAt(line - 1) == '\n') {
        s = line;
      } else {
        for (int back = 0; s > 0 && back < 100 && !Character.isWhitespace(text.charAt(s - 1)); back++) {
          s--;
        }
      }
      if (size > 0 && s <= out[size - 1]) {
        out[size - 1] = Math.max(out[size - 1], sp[1]);
      } else {
        out[size++] = s;
        out[size++] = sp[1];
      }
    }
    return java.util.Arrays.copyOf(out, size);
  }

  private static boolean mentionsAny(String lower, List<String> keywords) {
    for (String k : keywords) {
      if (lower.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
