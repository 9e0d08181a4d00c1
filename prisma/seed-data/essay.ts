// The seeded source: Daniel Langkilde, "The State of Machine Learning in 2022 - Next steps?"
// (langkilde.se, 2022-05-12). Full text: shared/seed/state-of-ml-2022-next-steps.md.
//
// Quotes are verbatim from the essay after removing markdown emphasis (`**`, `*`, `_`) and
// joining line breaks with a single space; the essay's own punctuation (curly quotes, the
// straight apostrophe in "developer's", the stray space after “ in two company bullets) is
// kept exactly. ESSAY_CLAIMS is ordered by where each quote appears in the essay.
import type { SeedClaim, SeedSource } from "./types";

export const ESSAY_SOURCE: SeedSource = {
  seedKey: "state-of-ml-2022-next-steps",
  title: "The State of Machine Learning in 2022 - Next steps?",
  author: "Daniel Langkilde",
  url: "https://langkilde.se/post/2022-05-12-the-state-of-machine-learning-in-2022-next-steps",
  publishedOn: "2022-05-12",
  kind: "essay",
};

const NEXT = "What will happen next?";
const QUALITY = "Access to Quality Knowledge Becomes Limitation";

/** Shared wording for the eight company sub-claims (horizon: none stated, so five years). */
const companyCriteria = (name: string) =>
  `Confirmed if, by the end of the horizon, ${name} is still an independent company (not acquired, merged away or ` +
  `hollowed out by an acqui-hire) AND has both shipped new products and raised further funding since May 2022. ` +
  `Partly if it is still independent but only one of the two growth signals is visible, or it survives after a ` +
  `major pivot. Refuted if it shut down, was acquired or merged into another company, or its founders and core ` +
  `team left for a larger company through a licensing deal.`;

const companyStatement = (name: string) =>
  `${name} is still operating as an independent company at the horizon and has grown since the essay: it has ` +
  `shipped new products and raised further funding.`;

export const ESSAY_CLAIMS: SeedClaim[] = [
  {
    seedKey: "flamingo-image-output",
    quote:
      "When considered together with DALLE2 I assume it’s just a matter of time before it can also respond with an image every now and then.",
    section: "Chain-of-Thought",
    statement:
      "A publicly available vision-language assistant (one that reads interleaved text and images, like Flamingo) can also answer with images it generates itself within the same conversation.",
    criteria:
      "Confirmed if a widely available chat model that takes text and images as input can, in the same conversation, reply with images it generates (natively or as an integrated capability). Partly if this exists only as a demo, research model or limited preview. Refuted if by the horizon no such publicly usable system exists.",
    horizonPhrase: "just a matter of time",
    tags: ["multimodal"],
  },
  {
    seedKey: "fewer-obvious-errors",
    quote:
      "if these models do in fact keep getting better and better with size, the frequency of obvious errors will probably go down.",
    section: "Models are still Great at Bullshitting",
    statement:
      "As frontier models grow, the rate of obvious errors (confident hallucinations, nonsensical answers) measurably goes down from one model generation to the next.",
    criteria:
      "Confirmed if successive frontier models show clearly and consistently lower hallucination / factual-error rates on published evaluations (e.g. TruthfulQA, SimpleQA, PersonQA, vendor factuality evals). Partly if error rates fall for some model lines or tasks but rise for others. Refuted if newer, larger models hallucinate as often or more often than their predecessors across evaluations.",
    horizonPhrase: "",
    tags: ["reliability", "scaling"],
  },
  {
    seedKey: "modalities-merge",
    quote: "The obvious, short-term next step is to combine text, images, and sound.",
    section: NEXT,
    statement:
      "Major labs ship models or products that combine text, images and sound (speech/audio) in a single system that users can access.",
    criteria:
      "Confirmed if at least one major lab releases a generally available model or product that accepts and/or produces text, images and audio together within the horizon. Partly if the modalities are only stitched together by separate models, or only available as a limited preview. Refuted if no such combined system is available by the end of the horizon.",
    horizonPhrase: "short-term",
    tags: ["multimodal"],
  },
  {
    seedKey: "spoken-conversation",
    quote:
      "We will be talking to these models in natural language and getting audible responses very soon.",
    section: NEXT,
    statement:
      "The public can hold spoken, natural-language conversations with large language models and hear spoken replies.",
    criteria:
      "Confirmed if a mainstream LLM product (e.g. ChatGPT, Gemini, Claude) offers voice conversation — speak to the model, hear its answer — to the general public within the horizon. Partly if only available in a restricted beta or with a clearly non-conversational interface. Refuted if no such product is publicly available by the end of the horizon.",
    horizonPhrase: "very soon",
    tags: ["multimodal", "assistants"],
  },
  {
    seedKey: "assistants-upgrade",
    quote: "Alexa, Siri, and Hey Google are about to get a massive upgrade.",
    section: NEXT,
    statement:
      "Amazon Alexa, Apple Siri and Google Assistant are each rebuilt on large language models and shipped to users as a markedly more capable assistant.",
    criteria:
      "Confirmed if all three assistants ship an LLM-based upgrade to ordinary users within the horizon. Partly if only one or two do, if upgrades are only announced or in limited preview, or if they arrive after the horizon. Refuted if none of the three has shipped an LLM-based upgrade by the end of the horizon.",
    horizonPhrase: "about to",
    tags: ["assistants"],
  },
  {
    seedKey: "interactive-visuals",
    quote:
      "With DALLE2 it feels likely we will also see interactive visuals that go with these audio interfaces before long.",
    section: NEXT,
    statement:
      "Voice-based AI assistants come with interactive visuals — generated images, on-screen scenes or visual companions — that change with the spoken conversation.",
    criteria:
      "Confirmed if a widely available voice assistant pairs its spoken conversation with visuals it generates or updates in real time as the conversation goes on. Partly if the visual element is limited to camera/screen understanding, static cards, or demos. Refuted if voice interfaces remain audio-only by the end of the horizon.",
    horizonPhrase: "before long",
    tags: ["multimodal", "assistants"],
  },
  {
    seedKey: "emotion-recognition",
    quote:
      "I think learning human emotion and facial expressions is probably possible if you understand language and images, and have access to the entire internet.",
    section: NEXT,
    statement:
      "Models trained on web-scale language and image data learn to recognise human emotion from faces and voices well enough to be used in products.",
    criteria:
      "Confirmed if a released model or product reads a user's emotion from facial expression or tone of voice and adapts to it, as documented by its developer or independent evaluation. Partly if only shown in research demos or with poor accuracy. Refuted if by the horizon such recognition is shown to be infeasible for these models.",
    horizonPhrase: "",
    tags: ["multimodal"],
  },
  {
    seedKey: "human-parity",
    quote: "it is now possible that these models will match us in just a few years.",
    section: NEXT,
    statement:
      "Large models match typical human performance across most cognitive tasks people do with text and images — not only on benchmarks but in real work.",
    criteria:
      "Confirmed if frontier models reach or exceed human-expert level on broad exam/benchmark suites AND controlled field studies show them matching skilled humans at real tasks. Partly if parity holds on benchmarks or narrow domains (exams, olympiads) but field studies still show a clear gap. Refuted if by the horizon models remain clearly below typical human performance on most tasks.",
    horizonPhrase: "in just a few years",
    tags: ["agi", "scaling"],
  },
  {
    seedKey: "indistinguishable-entities",
    quote:
      "it means we will have virtual entities that we can talk to that are indistinguishable from humans. Maybe.",
    section: NEXT,
    statement:
      "People conversing with an AI system cannot reliably tell it apart from a human (it passes controlled Turing-style tests).",
    criteria:
      "Confirmed if pre-registered, controlled Turing tests find judges identify the AI as human at least as often as real humans, in conversations of realistic length and form (including voice). Partly if this holds only for short text chats or specific personas. Refuted if by the horizon judges still reliably pick out AI systems.",
    horizonPhrase: "in a few years",
    tags: ["agi", "society"],
  },
  {
    seedKey: "new-companies",
    quote: "A lot of new companies are emerging.",
    section: NEXT,
    statement:
      "Many new companies building on large transformer models are founded and funded in the years after the essay.",
    criteria:
      "Confirmed if many new foundation-model or LLM-application start-ups are founded and raise significant funding after May 2022, as reported by funding trackers or the press. Partly if new companies appear but funding stays concentrated in a handful of incumbents. Refuted if start-up formation in the area stalls.",
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-adept",
    parentKey: "new-companies",
    quote:
      "Adept. “build[ing] general intelligence that enables humans and computers to work together creatively to solve problems.”",
    section: NEXT,
    statement: companyStatement("Adept"),
    criteria: companyCriteria("Adept"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-ai21-labs",
    parentKey: "new-companies",
    quote: "AI21 Labs. “a natural language interface on your company data”.",
    section: NEXT,
    statement: companyStatement("AI21 Labs"),
    criteria: companyCriteria("AI21 Labs"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-aleph-alpha",
    parentKey: "new-companies",
    quote: "Aleph Alpha. “Europes OpenAI“",
    section: NEXT,
    statement: companyStatement("Aleph Alpha"),
    criteria: companyCriteria("Aleph Alpha"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-anthropic",
    parentKey: "new-companies",
    quote: "Anthropic. “an AI safety and research company, has raised $580 million in a Series B.”",
    section: NEXT,
    statement: companyStatement("Anthropic"),
    criteria: companyCriteria("Anthropic"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-character-ai",
    parentKey: "new-companies",
    quote:
      "Character.ai. “creating revolutionary open-ended conversational applications through breakthrough research.”",
    section: NEXT,
    statement: companyStatement("Character.AI"),
    criteria: companyCriteria("Character.AI"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-cohere",
    parentKey: "new-companies",
    quote: "Co:here. “ making NLP part of every developer's toolkit”",
    section: NEXT,
    statement: companyStatement("Cohere"),
    criteria: companyCriteria("Cohere"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-inceptive",
    parentKey: "new-companies",
    quote:
      "Inceptive. “ enabling the design of this next generation of RNA molecules through a singular combination of highly scalable experiments and deep learning.”",
    section: NEXT,
    statement: companyStatement("Inceptive"),
    criteria: companyCriteria("Inceptive"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "company-primer",
    parentKey: "new-companies",
    quote:
      "Primer. “lets organizations quickly explore and utilize the world’s exponentially growing sources of text-based information”",
    section: NEXT,
    statement: companyStatement("Primer"),
    criteria: companyCriteria("Primer"),
    horizonPhrase: "",
    tags: ["companies"],
  },
  {
    seedKey: "quality-knowledge-limit",
    quote: QUALITY,
    section: QUALITY,
    statement:
      "Access to high-quality (human-curated) training data becomes a binding limit on further progress of large models.",
    criteria:
      "Confirmed if leading labs or credible analyses report that shortage of high-quality training data is a main constraint on model improvement (e.g. exhausted public text, costly data licensing, reliance on curated or synthetic data). Partly if data quality matters but other constraints (compute, power, algorithms) are reported as more binding. Refuted if models keep improving at the same rate from ever-larger unfiltered data with no data constraint reported.",
    horizonPhrase: "",
    tags: ["data", "scaling"],
  },
  {
    seedKey: "precision-loss",
    quote:
      "I think we will find that as more capable ML systems emerge, we will lose some of the normal advantages of computers: preciseness and predictability.",
    section: QUALITY,
    statement:
      "More capable ML systems are markedly less precise and predictable than conventional software: they make confident errors and behave non-deterministically, and this is recognised as a cost of using them.",
    criteria:
      "Confirmed if developers of frontier systems document that their more capable models still produce confident errors or unpredictable behaviour that conventional software would not, and users must verify outputs. Partly if this holds only for some classes of systems or is quickly engineered away. Refuted if capable ML systems become as precise and predictable as conventional programs.",
    horizonPhrase: "",
    tags: ["reliability"],
  },
  {
    seedKey: "scaling-hypothesis-holds",
    quote: "I now think it is likely that the scaling hypothesis will hold",
    section: "Conclusion",
    statement:
      "Making models larger and training them with more data and compute keeps producing substantial capability gains without hitting diminishing returns.",
    criteria:
      "Confirmed if each major increase in training compute over the horizon still yields large, predictable capability gains (on benchmarks and in use). Partly if gains continue but require new axes of scaling (e.g. reinforcement learning, test-time compute) because plain pre-training scaling shows diminishing returns. Refuted if scaling up stops producing meaningful gains.",
    horizonPhrase: "",
    tags: ["scaling"],
  },
  {
    seedKey: "massive-change",
    quote: "That’s going to bring massive change to society, work and business.",
    section: "Conclusion",
    statement:
      "Human-level AI in virtual entities brings massive, widely visible change to society, work and business within the next few years.",
    criteria:
      "Confirmed if, by the horizon, official statistics or large studies show AI causing large shifts in employment, productivity or business practice. Partly if adoption is wide but measured economic effects stay small. Refuted if adoption stays marginal. Note the claim names no measure of 'massive', so reviewers may judge it unfalsifiable.",
    horizonPhrase: "in the next few years",
    tags: ["society"],
  },
];
