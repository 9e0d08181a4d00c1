// A dated verdict history for every seeded claim: a first look on 2022-11-15, then the yearly
// review points 2023-12-15, 2024-12-15 and 2025-12-15, and a verdict on the day an outcome
// became known where it fell between reviews. Verdicts are append-only; the last one is the
// claim's current grade. `credence` is the reviewer's probability that the claim holds
// by the end of its horizon (1 once confirmed, 0 once refuted, omitted when unfalsifiable).
// `cites` only name evidence of the same claim observed on or before the verdict date.
import type { SeedVerdict } from "./types";

const FIRST = "2022-11-15";
const Y2023 = "2023-12-15";
const Y2024 = "2024-12-15";
const Y2025 = "2025-12-15";
/** Cohere announced its takeover of Aleph Alpha on this day. */
const ALEPH_TAKEOVER = "2026-04-24";

export const SEED_VERDICTS: SeedVerdict[] = [
  // --- flamingo-image-output (horizon 2022–2027) ----------------------------------------
  {
    claimKey: "flamingo-image-output",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.75,
    rationale:
      "Flamingo and DALL·E 2 exist as separate research systems; no public model yet both reads images and answers with images.",
  },
  {
    claimKey: "flamingo-image-output",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.8,
    rationale:
      "Chat assistants increasingly combine image understanding with image tools, but no single vision-language model generates images natively in conversation yet.",
  },
  {
    claimKey: "flamingo-image-output",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.9,
    rationale:
      "GPT-4o was announced with image output and Gemini 2.0 Flash with native image output for early testers; neither is generally available yet.",
    cites: ["flamingo-gpt4o-image-output", "flamingo-gemini2-native-image"],
  },
  {
    claimKey: "flamingo-image-output",
    madeOn: Y2025,
    grade: "confirmed",
    credence: 1,
    rationale:
      "Native image generation shipped in GPT-4o inside ChatGPT in March 2025: a model that reads text and images now replies with images in the same conversation.",
    cites: ["flamingo-gpt4o-image-output", "flamingo-gemini2-native-image", "flamingo-4o-image-generation"],
  },

  // --- fewer-obvious-errors (no horizon stated: 2022–2027) ------------------------------
  {
    claimKey: "fewer-obvious-errors",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.7,
    rationale: "No new generation of frontier models has been evaluated for factual errors since the essay.",
  },
  {
    claimKey: "fewer-obvious-errors",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.75,
    rationale:
      "GPT-4 clearly reduced factual errors relative to GPT-3.5 on OpenAI's adversarial factuality evaluations, though it still hallucinates.",
    cites: ["errors-gpt4-factuality"],
  },
  {
    claimKey: "fewer-obvious-errors",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.75,
    rationale: "Each new frontier generation keeps reporting lower hallucination rates; no reversal has been documented yet.",
    cites: ["errors-gpt4-factuality"],
  },
  {
    claimKey: "fewer-obvious-errors",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.6,
    rationale:
      "The trend is no longer monotonic: the larger GPT-4.5 hallucinates much less than GPT-4o, but the newer o3 and o4-mini hallucinate more than o1 on PersonQA.",
    cites: ["errors-gpt4-factuality", "errors-gpt45-simpleqa", "errors-o3-personqa"],
  },

  // --- modalities-merge (short-term: 2022–2024) -----------------------------------------
  {
    claimKey: "modalities-merge",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.8,
    rationale: "Text-image models exist in research, but no product yet combines text, images and sound.",
  },
  {
    claimKey: "modalities-merge",
    madeOn: Y2023,
    grade: "partly",
    credence: 0.85,
    rationale:
      "ChatGPT now sees, hears and speaks and Gemini is trained natively across modalities, but ChatGPT's speech still runs through separate models and Gemini Ultra is not yet available.",
    cites: ["modalities-chatgpt-see-hear-speak", "modalities-gemini-launch"],
  },
  {
    claimKey: "modalities-merge",
    madeOn: Y2024,
    grade: "confirmed",
    credence: 1,
    rationale:
      "GPT-4o handles text, images and audio in one end-to-end model. Its text and image features reached ChatGPT users at launch in May 2024; its end-to-end voice mode followed as a Plus-only alpha in July and reached all Plus users in the autumn, still within the short-term window.",
    cites: ["modalities-chatgpt-see-hear-speak", "modalities-gemini-launch", "modalities-gpt4o-omni"],
  },
  {
    claimKey: "modalities-merge",
    madeOn: Y2025,
    grade: "confirmed",
    credence: 1,
    rationale: "Still confirmed: natively multimodal models are now the norm among frontier labs.",
    cites: ["modalities-gpt4o-omni"],
  },

  // --- spoken-conversation (very soon: 2022–2023) ---------------------------------------
  {
    claimKey: "spoken-conversation",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.7,
    rationale: "Large language models are not yet offered to the public with a voice interface.",
  },
  {
    claimKey: "spoken-conversation",
    madeOn: Y2023,
    grade: "confirmed",
    credence: 1,
    rationale:
      "Since September 2023 ChatGPT's mobile apps let people talk to the model and hear spoken replies — within the 'very soon' window.",
    cites: ["spoken-chatgpt-voice"],
  },
  {
    claimKey: "spoken-conversation",
    madeOn: Y2024,
    grade: "confirmed",
    credence: 1,
    rationale: "Reinforced by GPT-4o, which answers speech with human-like latency.",
    cites: ["spoken-chatgpt-voice", "spoken-gpt4o-latency"],
  },
  {
    claimKey: "spoken-conversation",
    madeOn: Y2025,
    grade: "confirmed",
    credence: 1,
    rationale: "Still confirmed: voice conversation is a standard feature of mainstream AI assistants.",
    cites: ["spoken-gpt4o-latency"],
  },

  // --- assistants-upgrade (about to: 2022–2024) -----------------------------------------
  {
    claimKey: "assistants-upgrade",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "Alexa, Siri and Google Assistant are unchanged; none has announced an LLM rebuild.",
  },
  {
    claimKey: "assistants-upgrade",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.6,
    rationale:
      "After ChatGPT, Amazon and Google have publicly started moving their assistants onto LLMs, but nothing has shipped to ordinary users.",
  },
  {
    claimKey: "assistants-upgrade",
    madeOn: Y2024,
    grade: "partly",
    credence: 0.4,
    rationale:
      "Apple announced an LLM-powered Siri and began shipping parts of Apple Intelligence, but the full upgrade of all three assistants did not arrive within the short-term window.",
    cites: ["assistants-apple-intelligence"],
  },
  {
    claimKey: "assistants-upgrade",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.35,
    rationale:
      "The upgrades came, but late and unevenly: Alexa+ was only unveiled in February 2025, Apple delayed its personalised Siri, and Google said only in March 2025 that Gemini would replace Assistant on most phones later that year.",
    cites: ["assistants-apple-intelligence", "assistants-alexa-plus", "assistants-siri-delay", "assistants-gemini-replaces-assistant"],
  },

  // --- interactive-visuals (before long: 2023–2025) -------------------------------------
  {
    claimKey: "interactive-visuals",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "No voice interface yet exists for such visuals to accompany.",
  },
  {
    claimKey: "interactive-visuals",
    madeOn: Y2023,
    grade: "too_early",
    credence: 0.55,
    rationale: "Voice chat with LLMs has just launched, so far without any visual layer.",
  },
  {
    claimKey: "interactive-visuals",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.55,
    rationale:
      "Prototypes such as Project Astra join voice with live camera vision, though not with generated visuals.",
    cites: ["visuals-project-astra"],
  },
  {
    claimKey: "interactive-visuals",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.45,
    rationale:
      "At the end of the window voice assistants see through cameras and show some on-screen content, but visuals generated live to accompany the conversation are not mainstream.",
    cites: ["visuals-project-astra", "visuals-alexa-plus-screens"],
  },

  // --- emotion-recognition (no horizon stated: 2022–2027) -------------------------------
  {
    claimKey: "emotion-recognition",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale:
      "General-purpose language-and-image models have not yet been shown reading emotions, and Microsoft has just withdrawn Azure Face's emotion inference, citing no scientific consensus on what emotions are.",
    cites: ["emotion-microsoft-retires-face-emotion"],
  },
  {
    claimKey: "emotion-recognition",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.7,
    rationale: "Vision-capable chat models can describe people in images; emotion-aware products are in development.",
  },
  {
    claimKey: "emotion-recognition",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.8,
    rationale:
      "Promising, not confirmed: Hume's EVI measures vocal expression and shapes its replies by it; an independent benchmark found GPT-4V recognises facial emotion zero-shot, though not micro-expressions; GPT-4o read emotion from face and voice only in launch demos. No released product is yet documented as reading a user's emotion, rather than expression, and adapting to it.",
    cites: ["emotion-microsoft-retires-face-emotion", "emotion-hume-evi", "emotion-gpt4v-benchmark", "emotion-gpt4o"],
  },
  {
    claimKey: "emotion-recognition",
    madeOn: Y2025,
    grade: "on_track",
    credence: 0.75,
    rationale:
      "No new evidence either way: recognition shows in benchmarks and expression-measuring products, but neither a developer nor an independent evaluation documents a released product reading a user's emotion and adapting to it, and doubts like Microsoft's about such inferences stand.",
    cites: ["emotion-microsoft-retires-face-emotion", "emotion-hume-evi", "emotion-gpt4v-benchmark", "emotion-gpt4o"],
  },

  // --- human-parity (in just a few years: 2024–2027) ------------------------------------
  {
    claimKey: "human-parity",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.35,
    rationale: "The horizon has not started and models remain far below humans on most tasks.",
  },
  {
    claimKey: "human-parity",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.45,
    rationale: "GPT-4 reaches human-level scores on many professional exams, though not on real-world tasks.",
    cites: ["parity-gpt4-exams"],
  },
  {
    claimKey: "human-parity",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.5,
    rationale:
      "Benchmark gains continue, with reasoning models scoring at expert level on maths and science tests, but parity in real-world work is unproven.",
    cites: ["parity-gpt4-exams"],
  },
  {
    claimKey: "human-parity",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.45,
    rationale:
      "Models now match top humans on exams and olympiad mathematics, but a controlled field study found experienced developers slower with AI, so parity in real work is not shown.",
    cites: ["parity-gpt4-exams", "parity-arc-agi-o3", "parity-imo-gold", "parity-metr-dev-study"],
  },

  // --- indistinguishable-entities (in a few years: 2024–2027) ---------------------------
  {
    claimKey: "indistinguishable-entities",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.4,
    rationale: "No controlled test yet suggests people cannot tell current models from humans.",
  },
  {
    claimKey: "indistinguishable-entities",
    madeOn: Y2023,
    grade: "too_early",
    credence: 0.45,
    rationale: "In the first large online Turing test GPT-4 was still picked out far more often than humans.",
    cites: ["turing-gpt4-2023"],
  },
  {
    claimKey: "indistinguishable-entities",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.6,
    rationale: "In a preregistered two-player test GPT-4 was judged human about half the time.",
    cites: ["turing-gpt4-2023", "turing-gpt4-2024"],
  },
  {
    claimKey: "indistinguishable-entities",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.7,
    rationale:
      "GPT-4.5 with a persona was judged human more often than real humans, but only in 5-minute text chats; longer or spoken conversations are untested.",
    cites: ["turing-gpt4-2024", "turing-gpt45-2025"],
  },

  // --- new-companies (no horizon stated: 2022–2027) -------------------------------------
  {
    claimKey: "new-companies",
    madeOn: FIRST,
    grade: "on_track",
    credence: 0.85,
    rationale: "Transformer-based start-ups such as those the essay lists keep being founded and funded.",
  },
  {
    claimKey: "new-companies",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.9,
    rationale:
      "New LLM companies are being founded and funded after the essay: Mistral AI raised a €105M seed round a month after it was founded. One striking round is not yet the many the criteria ask for.",
    cites: ["new-companies-mistral-seed"],
  },
  {
    claimKey: "new-companies",
    madeOn: Y2024,
    grade: "confirmed",
    credence: 1,
    rationale:
      "Companies founded after the essay have raised large rounds: Mistral AI (2023), xAI (2023, a $6B Series B) and Safe Superintelligence (2024, $1B). Consolidation has also begun (Adept's and Character.AI's founders moved to big tech).",
    cites: ["new-companies-mistral-seed", "new-companies-xai-series-b", "new-companies-ssi-funding"],
  },
  {
    claimKey: "new-companies",
    madeOn: Y2025,
    grade: "confirmed",
    credence: 1,
    rationale: "Still confirmed as stated; how the listed companies fared is tracked in the sub-claims.",
    cites: ["new-companies-mistral-seed", "new-companies-xai-series-b", "new-companies-ssi-funding"],
  },

  // --- company-adept ---------------------------------------------------------------------
  {
    claimKey: "company-adept",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.5,
    rationale: "Adept has raised a first round and has not shipped a product yet.",
  },
  {
    claimKey: "company-adept",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.55,
    rationale: "Adept raised a $350M Series B, but commercial products are still limited.",
    cites: ["adept-series-b"],
  },
  {
    claimKey: "company-adept",
    madeOn: Y2024,
    grade: "refuted",
    credence: 0,
    rationale:
      "Adept's founders and much of its team left for Amazon in a licensing deal; the remaining company no longer matches 'operating independently and growing'.",
    cites: ["adept-series-b", "adept-amazon-deal"],
  },
  {
    claimKey: "company-adept",
    madeOn: Y2025,
    grade: "refuted",
    credence: 0,
    rationale: "No change since the 2024 deal: the founders remain at Amazon and Adept has not returned to independent growth.",
    cites: ["adept-amazon-deal"],
  },

  // --- company-ai21-labs -----------------------------------------------------------------
  {
    claimKey: "company-ai21-labs",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "AI21 sells its Jurassic models and apps; too early to judge growth.",
  },
  {
    claimKey: "company-ai21-labs",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.65,
    rationale: "AI21 keeps shipping models and raised a new round in 2023 at a $1.4B valuation.",
  },
  {
    claimKey: "company-ai21-labs",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.65,
    rationale: "AI21 released Jamba, a novel hybrid SSM-Transformer model, and remains independent.",
    cites: ["ai21-jamba"],
  },
  {
    claimKey: "company-ai21-labs",
    madeOn: Y2025,
    grade: "on_track",
    credence: 0.55,
    rationale:
      "Still independent and shipping Jamba models, but it is a niche player and its long-term independence is uncertain.",
    cites: ["ai21-jamba"],
  },

  // --- company-aleph-alpha ---------------------------------------------------------------
  {
    claimKey: "company-aleph-alpha",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "Aleph Alpha offers its Luminous models; too early to judge.",
  },
  {
    claimKey: "company-aleph-alpha",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.6,
    rationale: "Aleph Alpha announced a large Series B with SAP, Bosch and Schwarz Group in November 2023.",
  },
  {
    claimKey: "company-aleph-alpha",
    madeOn: Y2024,
    grade: "off_track",
    credence: 0.35,
    rationale:
      "Aleph Alpha stepped back from competing on frontier models and pivoted to its PhariaAI enterprise platform; the size of its Series B was questioned.",
  },
  {
    claimKey: "company-aleph-alpha",
    madeOn: Y2025,
    grade: "off_track",
    credence: 0.2,
    rationale:
      "The founder-CEO stepped down in October 2025 amid a retreat from large models; independent growth looks unlikely.",
    cites: ["aleph-founder-steps-down"],
  },
  {
    // Graded when the outcome became known, between review days: it belongs to no seeded review.
    claimKey: "company-aleph-alpha",
    madeOn: ALEPH_TAKEOVER,
    grade: "refuted",
    credence: 0,
    resolvedOn: ALEPH_TAKEOVER,
    rationale:
      "Cohere announced it will take over Aleph Alpha and incorporate it into a Cohere-led company. The criteria count an acquisition as refuting the claim; when announced, the deal still awaited approval by authorities and shareholders.",
    cites: ["aleph-founder-steps-down", "aleph-cohere-acquisition"],
  },

  // --- company-anthropic -----------------------------------------------------------------
  {
    claimKey: "company-anthropic",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.75,
    rationale: "Anthropic is well funded but has not released a product yet.",
  },
  {
    claimKey: "company-anthropic",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.85,
    rationale: "Anthropic launched Claude and secured an Amazon investment of up to $4 billion while staying independent.",
    cites: ["anthropic-introducing-claude", "anthropic-amazon-investment"],
  },
  {
    claimKey: "company-anthropic",
    madeOn: Y2024,
    grade: "confirmed",
    credence: 1,
    rationale: "Independent, shipping frontier models (Claude 3) and raising further funding: the claim's test is met.",
    cites: ["anthropic-introducing-claude", "anthropic-amazon-investment", "anthropic-claude-3"],
  },
  {
    claimKey: "company-anthropic",
    madeOn: Y2025,
    grade: "confirmed",
    credence: 1,
    rationale: "Still confirmed: a $13B Series F at a $183B valuation in 2025.",
    cites: ["anthropic-claude-3", "anthropic-series-f"],
  },

  // --- company-character-ai --------------------------------------------------------------
  {
    claimKey: "company-character-ai",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "Character.AI's public beta is popular; too early to judge growth.",
  },
  {
    claimKey: "company-character-ai",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.65,
    rationale: "Character.AI raised $150M led by Andreessen Horowitz at a $1B valuation in March 2023.",
  },
  {
    claimKey: "company-character-ai",
    madeOn: Y2024,
    grade: "off_track",
    credence: 0.3,
    rationale:
      "Its founders and part of the research team returned to Google in a licensing deal; the company continues, but as a smaller product company using third-party models.",
    cites: ["characterai-google-deal"],
  },
  {
    claimKey: "company-character-ai",
    madeOn: Y2025,
    grade: "off_track",
    credence: 0.3,
    rationale:
      "Still operating, but restricting under-18 chat amid lawsuits; no sign of a return to independent model building.",
    cites: ["characterai-google-deal", "characterai-u18-restriction"],
  },

  // --- company-cohere --------------------------------------------------------------------
  {
    claimKey: "company-cohere",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.65,
    rationale: "Cohere sells an NLP API to developers; too early to judge.",
  },
  {
    claimKey: "company-cohere",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.7,
    rationale: "Cohere raised new funding in 2023 from Nvidia, Oracle and Salesforce and keeps shipping models.",
  },
  {
    claimKey: "company-cohere",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.8,
    rationale: "Command R and R+ made Cohere a credible enterprise-model vendor; it remains independent.",
    cites: ["cohere-command-r"],
  },
  {
    claimKey: "company-cohere",
    madeOn: Y2025,
    grade: "confirmed",
    credence: 1,
    rationale: "Independent, shipping products and raising $500M at $6.8B in 2025: the test is met.",
    cites: ["cohere-command-r", "cohere-2025-funding"],
  },

  // --- company-inceptive -----------------------------------------------------------------
  {
    claimKey: "company-inceptive",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.5,
    rationale: "Inceptive is a young research company with no products yet.",
  },
  {
    claimKey: "company-inceptive",
    madeOn: Y2023,
    grade: "too_early",
    credence: 0.5,
    rationale: "RNA design takes years to reach products; no verified milestone is recorded here yet.",
  },
  {
    claimKey: "company-inceptive",
    madeOn: Y2024,
    grade: "too_early",
    credence: 0.5,
    rationale: "Still no verified product or funding milestone in the evidence base.",
  },
  {
    claimKey: "company-inceptive",
    madeOn: Y2025,
    grade: "too_early",
    credence: 0.45,
    rationale: "No verified evidence either way; the company appears to continue as a research start-up.",
  },

  // --- company-primer --------------------------------------------------------------------
  {
    claimKey: "company-primer",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.55,
    rationale: "Primer sells NLP software to government and enterprise; too early to judge.",
  },
  {
    claimKey: "company-primer",
    madeOn: Y2023,
    grade: "too_early",
    credence: 0.5,
    rationale: "No verified funding or product milestone recorded since the essay.",
  },
  {
    claimKey: "company-primer",
    madeOn: Y2024,
    grade: "too_early",
    credence: 0.5,
    rationale: "Primer appears focused on defence and intelligence customers; no growth evidence recorded.",
  },
  {
    claimKey: "company-primer",
    madeOn: Y2025,
    grade: "too_early",
    credence: 0.45,
    rationale: "Still operating in defence and intelligence, but there is no evidence of new funding or growth.",
    cites: ["primer-still-operating"],
  },

  // --- quality-knowledge-limit (no horizon stated: 2022–2027) ---------------------------
  {
    claimKey: "quality-knowledge-limit",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "Epoch's analysis projects high-quality text running short within a few years, but no lab reports a data limit yet.",
    cites: ["quality-epoch-data-stock"],
  },
  {
    claimKey: "quality-knowledge-limit",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.65,
    rationale: "Labs increasingly stress curated and licensed data, consistent with data quality becoming a limit.",
    cites: ["quality-epoch-data-stock"],
  },
  {
    claimKey: "quality-knowledge-limit",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.7,
    rationale:
      "Reports of labs exhausting easily accessible data and model-collapse results support the claim, though Epoch sees power and chips as tighter limits.",
    cites: ["quality-epoch-data-stock", "quality-model-collapse", "quality-epoch-scaling-2030", "quality-reuters-limits"],
  },
  {
    claimKey: "quality-knowledge-limit",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.6,
    rationale:
      "Data quality is one acknowledged constraint, but compute, power and new training methods (reinforcement learning, synthetic data) matter at least as much.",
    cites: ["quality-model-collapse", "quality-epoch-scaling-2030", "quality-reuters-limits"],
  },

  // --- precision-loss (no horizon stated: 2022–2027) ------------------------------------
  {
    claimKey: "precision-loss",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "Large models are known to be unreliable, but they are not yet widely used in place of conventional software.",
  },
  {
    claimKey: "precision-loss",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.7,
    rationale: "GPT-4's developers state it is not fully reliable and hallucinates, even as it is widely deployed.",
    cites: ["precision-gpt4-limitations"],
  },
  {
    claimKey: "precision-loss",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.75,
    rationale: "Users must still verify LLM outputs; imprecision is treated as an accepted cost of capability.",
    cites: ["precision-gpt4-limitations"],
  },
  {
    claimKey: "precision-loss",
    madeOn: Y2025,
    grade: "on_track",
    credence: 0.85,
    rationale:
      "Strong support: OpenAI documents that its more capable reasoning models hallucinate more than their predecessors, for reasons it cannot yet explain, and served LLMs are not deterministic even at temperature 0. Not confirmed yet: the documented errors come from one developer, and the nondeterminism has been shown to be fixable.",
    cites: ["precision-gpt4-limitations", "precision-o3-hallucinations", "precision-nondeterminism"],
  },

  // --- scaling-hypothesis-holds (no horizon stated: 2022–2027) --------------------------
  {
    claimKey: "scaling-hypothesis-holds",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.7,
    rationale: "Scaling results through 2022 (PaLM, Chinchilla) still show steady gains.",
  },
  {
    claimKey: "scaling-hypothesis-holds",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.75,
    rationale: "GPT-4's capabilities were predictable from much smaller runs, as the scaling hypothesis expects.",
    cites: ["scaling-gpt4-predictable"],
  },
  {
    claimKey: "scaling-hypothesis-holds",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.6,
    rationale:
      "Mixed signals: test-time and RL compute give new scaling gains, while labs report pre-training scaling results have plateaued.",
    cites: ["scaling-gpt4-predictable", "scaling-epoch-2030", "scaling-o1-test-time", "scaling-reuters-plateau"],
  },
  {
    claimKey: "scaling-hypothesis-holds",
    madeOn: Y2025,
    grade: "partly",
    credence: 0.5,
    rationale:
      "More compute still buys capability, but mostly through reasoning and RL; the much larger GPT-4.5 delivered only modest gains at high cost.",
    cites: ["scaling-o1-test-time", "scaling-reuters-plateau", "scaling-gpt45-reception"],
  },

  // --- massive-change (in the next few years: 2024–2027) --------------------------------
  {
    claimKey: "massive-change",
    madeOn: FIRST,
    grade: "too_early",
    credence: 0.6,
    rationale: "The horizon has not begun and no large societal effect is visible yet.",
  },
  {
    claimKey: "massive-change",
    madeOn: Y2023,
    grade: "on_track",
    credence: 0.7,
    rationale: "ChatGPT's public release set off rapid adoption, and studies estimate broad task exposure to LLMs.",
    cites: ["change-chatgpt-launch", "change-gpts-are-gpts"],
  },
  {
    claimKey: "massive-change",
    madeOn: Y2024,
    grade: "on_track",
    credence: 0.7,
    rationale: "Adoption keeps spreading through work and business, but measured economic effects remain small.",
    cites: ["change-chatgpt-launch", "change-gpts-are-gpts"],
  },
  {
    claimKey: "massive-change",
    madeOn: Y2025,
    grade: "unfalsifiable",
    rationale:
      "'Massive change' names no measure: exposure estimates are large, while controlled studies find small or even negative productivity effects, so no test can settle it.",
    cites: ["change-gpts-are-gpts", "change-metr-productivity"],
  },
];
