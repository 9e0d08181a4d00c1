// Dated, public evidence bearing on the essay's claims. Each item links to a primary source
// (company announcement, paper, system card) or a reputable outlet; observedOn is the date of
// the event or publication. Stances are judged against the claim's own statement.
import type { SeedEvidence } from "./types";

const GPT4_REPORT = "https://arxiv.org/abs/2303.08774";
const HELLO_GPT4O = "https://openai.com/index/hello-gpt-4o/";
const SEE_HEAR_SPEAK = "https://openai.com/index/chatgpt-can-now-see-hear-and-speak/";
const O3_SYSTEM_CARD = "https://openai.com/index/o3-o4-mini-system-card/";
const ALEXA_PLUS = "https://www.aboutamazon.com/news/devices/new-alexa-generative-artificial-intelligence";
const METR_STUDY = "https://metr.org/blog/2025-07-10-early-2025-ai-experienced-os-dev-study/";
const EPOCH_2030 = "https://epochai.org/blog/can-ai-scaling-continue-through-2030";
const REUTERS_LIMITS =
  "https://www.reuters.com/technology/artificial-intelligence/openai-rivals-seek-new-path-smarter-ai-current-methods-hit-limitations-2024-11-11/";
const COHERE_ALEPH =
  "https://techcrunch.com/2026/04/24/cohere-acquires-merges-with-german-based-startup-to-create-a-transatlantic-ai-powerhouse/";

export const SEED_EVIDENCE: SeedEvidence[] = [
  // --- flamingo-image-output -------------------------------------------------------------
  {
    key: "flamingo-gpt4o-image-output",
    claimKey: "flamingo-image-output",
    title: "Hello GPT-4o",
    url: HELLO_GPT4O,
    observedOn: "2024-05-13",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI introduced GPT-4o as one model that accepts any mix of text, audio, image and video and can generate text, audio and image outputs; image output was shown as an exploration rather than released at launch.",
  },
  {
    key: "flamingo-gemini2-native-image",
    claimKey: "flamingo-image-output",
    title: "Introducing Gemini 2.0: our new AI model for the agentic era",
    url: "https://blog.google/technology/google-deepmind/google-gemini-ai-update-december-2024/",
    observedOn: "2024-12-11",
    stance: "supports",
    strength: "moderate",
    summary:
      "Google announced Gemini 2.0 Flash with native image and audio output, initially for early-access partners, so a model reading interleaved text and images could also answer with generated images.",
  },
  {
    key: "flamingo-4o-image-generation",
    claimKey: "flamingo-image-output",
    title: "Introducing 4o Image Generation",
    url: "https://openai.com/index/introducing-4o-image-generation/",
    observedOn: "2025-03-25",
    stance: "supports",
    strength: "strong",
    summary:
      "OpenAI built image generation natively into GPT-4o and made it the default image generator in ChatGPT, so the same model that reads text and images replies with images inside the conversation, using chat context.",
  },

  // --- modalities-merge ------------------------------------------------------------------
  {
    key: "modalities-chatgpt-see-hear-speak",
    claimKey: "modalities-merge",
    title: "ChatGPT can now see, hear, and speak",
    url: SEE_HEAR_SPEAK,
    observedOn: "2023-09-25",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI added image understanding and spoken conversation to ChatGPT, combining text, images and voice in one product — though speech still ran through separate speech-to-text and text-to-speech models.",
  },
  {
    key: "modalities-gemini-launch",
    claimKey: "modalities-merge",
    title: "Introducing Gemini: our largest and most capable AI model",
    url: "https://blog.google/technology/ai/google-gemini-ai/",
    observedOn: "2023-12-06",
    stance: "supports",
    strength: "moderate",
    summary:
      "Google launched Gemini, described as built from the ground up to be multimodal and trained across text, images, audio, video and code; the largest (Ultra) model was not yet available to the public.",
  },
  {
    key: "modalities-gpt4o-omni",
    claimKey: "modalities-merge",
    title: "Hello GPT-4o",
    url: HELLO_GPT4O,
    observedOn: "2024-05-13",
    stance: "supports",
    strength: "strong",
    summary:
      "GPT-4o was trained end-to-end across text, vision and audio, one network handling all inputs and outputs. At launch only its text and image features reached ChatGPT users, free ones included; the end-to-end voice mode came later, as a Plus-only alpha in July 2024 and for all Plus users in the autumn.",
  },

  // --- spoken-conversation ---------------------------------------------------------------
  {
    key: "spoken-chatgpt-voice",
    claimKey: "spoken-conversation",
    title: "ChatGPT can now see, hear, and speak",
    url: SEE_HEAR_SPEAK,
    observedOn: "2023-09-25",
    stance: "supports",
    strength: "strong",
    summary:
      "OpenAI began rolling out voice conversations in the ChatGPT iOS and Android apps: users speak to the model and hear spoken replies in synthetic voices (Plus and Enterprise first, wider access after).",
  },
  {
    key: "spoken-gpt4o-latency",
    claimKey: "spoken-conversation",
    title: "Hello GPT-4o",
    url: HELLO_GPT4O,
    observedOn: "2024-05-13",
    stance: "supports",
    strength: "strong",
    summary:
      "OpenAI reported GPT-4o responds to audio input in as little as 232 ms (320 ms on average), similar to human response time in conversation.",
  },

  // --- assistants-upgrade ----------------------------------------------------------------
  {
    key: "assistants-apple-intelligence",
    claimKey: "assistants-upgrade",
    title:
      "Introducing Apple Intelligence, the personal intelligence system that puts powerful generative models at the core of iPhone, iPad, and Mac",
    url: "https://www.apple.com/newsroom/2024/06/introducing-apple-intelligence-for-iphone-ipad-and-mac/",
    observedOn: "2024-06-10",
    stance: "supports",
    strength: "moderate",
    summary:
      "At WWDC Apple announced Apple Intelligence, promising a more natural, context-aware Siri with on-screen awareness and actions in apps, plus an optional ChatGPT integration.",
  },
  {
    key: "assistants-alexa-plus",
    claimKey: "assistants-upgrade",
    title: "Introducing Alexa+, the next generation of Alexa",
    url: ALEXA_PLUS,
    observedOn: "2025-02-26",
    stance: "mixed",
    strength: "moderate",
    summary:
      "Amazon unveiled Alexa+, a generative-AI rebuild of Alexa ($19.99 a month or free with Prime). A large upgrade, but announced in 2025, after the essay's short-term window, and rolled out gradually.",
  },
  {
    key: "assistants-siri-delay",
    claimKey: "assistants-upgrade",
    title: "Apple Delays Next-Gen Siri: 'It's Going To Take Us Longer Than We Thought'",
    url: "https://www.benzinga.com/media/25/03/44207932/apple-delays-next-gen-siri-its-going-to-take-us-longer-than-we-thought-to-deliver-ai-upgrades",
    observedOn: "2025-03-07",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "Apple confirmed that the more personalised Siri announced in June 2024 would take longer than expected and said it anticipated rolling the features out 'in the coming year'.",
  },
  {
    key: "assistants-gemini-replaces-assistant",
    claimKey: "assistants-upgrade",
    // A description, not the post's headline, which could not be checked against a copy.
    title: "Google blog post, 14 March 2025: mobile users to move from Google Assistant to Gemini",
    url: "https://blog.google/products/gemini/google-assistant-gemini-mobile/",
    observedOn: "2025-03-14",
    stance: "mixed",
    strength: "moderate",
    summary:
      "Google said it would move most mobile users from Google Assistant to Gemini, its LLM-based assistant, over the coming months, and that the classic Assistant would no longer be available on most phones later in 2025. A large upgrade, but announced after the essay's short-term window.",
  },
  {
    key: "assistants-gemini-transition-delayed",
    claimKey: "assistants-upgrade",
    title: "Google Mysteriously Delays Gemini Replacing Google Assistant On Its Devices",
    url: "https://www.bgr.com/2058350/google-delays-gemini-replacing-google-assistant-2025/",
    observedOn: "2025-12-22",
    stance: "contradicts",
    strength: "weak",
    summary:
      "Google said in a support document that moving mobile users from Assistant to Gemini, planned for the end of 2025, would continue into 2026. BGR noted users had criticised Gemini for handling some everyday tasks, such as alarms and home routines, less reliably than Assistant.",
    excerpt:
      "We're adjusting our previously announced timeline to make sure we deliver a seamless transition, and will continue our work to upgrade Assistant users to Gemini on mobile devices into 2026.",
  },

  // --- interactive-visuals ---------------------------------------------------------------
  {
    key: "visuals-project-astra",
    claimKey: "interactive-visuals",
    title: "Gemini breaks new ground with a faster model, longer context, AI agents and more",
    url: "https://blog.google/technology/ai/google-gemini-update-flash-ai-assistant-io-2024/",
    observedOn: "2024-05-14",
    stance: "mixed",
    strength: "weak",
    summary:
      "At I/O Google showed Project Astra, a prototype assistant that holds a spoken, real-time conversation about what a phone camera sees. The visual side is camera input, not visuals generated to accompany the voice.",
  },
  {
    key: "visuals-alexa-plus-screens",
    claimKey: "interactive-visuals",
    title: "Introducing Alexa+, the next generation of Alexa",
    url: ALEXA_PLUS,
    observedOn: "2025-02-26",
    stance: "supports",
    strength: "weak",
    summary:
      "Amazon said Alexa+ would reach its Echo Show screen devices first, pairing voice conversation with adaptive on-screen content — a modest form of visuals that accompany an audio interface.",
  },

  // --- emotion-recognition ---------------------------------------------------------------
  {
    key: "emotion-hume-evi",
    claimKey: "emotion-recognition",
    title: "Empathic Voice Interface (EVI)",
    url: "https://dev.hume.ai/docs/empathic-voice-interface-evi/overview",
    observedOn: "2024-03-27",
    stance: "supports",
    strength: "moderate",
    summary:
      "Hume AI's EVI, a voice AI offered to developers, measures the user's vocal expression (the tune, rhythm and timbre of speech) and uses it to shape its replies. Hume describes measuring expression, not reading emotion, and gives no accuracy figures.",
    excerpt:
      "It accepts live audio input and returns both generated audio and transcripts augmented with measures of vocal expression.",
  },
  {
    key: "emotion-gpt4o",
    claimKey: "emotion-recognition",
    title: "Hello GPT-4o",
    url: HELLO_GPT4O,
    observedOn: "2024-05-13",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI noted its earlier voice pipeline could not directly observe tone of voice, whereas GPT-4o takes audio and vision end-to-end; its launch demos included reading a user's emotion from their face and voice, features not yet released at launch.",
  },

  {
    key: "emotion-microsoft-retires-face-emotion",
    claimKey: "emotion-recognition",
    title: "Microsoft doesn't want AI recognizing your emotions anymore - mostly",
    url: "https://www.techradar.com/news/microsoft-doesnt-want-ai-recognizing-your-emotions-anymore-mostly",
    observedOn: "2022-06-21",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "With its Responsible AI Standard, Microsoft removed public access to Azure Face's emotion inference, citing the lack of scientific consensus on what emotions are and the difficulty of generalising such inferences across uses, regions and demographics.",
    excerpt: "First, the company is removing public access to the AI's emotion scanning capability.",
  },
  {
    key: "emotion-gpt4v-benchmark",
    claimKey: "emotion-recognition",
    title: "GPT-4V with Emotion: A Zero-shot Benchmark for Generalized Emotion Recognition",
    url: "https://arxiv.org/abs/2312.04293",
    observedOn: "2024-03-18",
    stance: "supports",
    strength: "moderate",
    summary:
      "An independent evaluation of GPT-4V on 21 datasets across six emotion tasks, facial emotion recognition among them, found strong zero-shot visual understanding and use of multimodal and temporal cues, but no ability to recognise micro-expressions (revised version of the paper).",
    excerpt:
      "However, it's worth noting that GPT-4V is primarily designed for general domains and cannot recognize micro-expressions that require specialized knowledge.",
  },

  // --- human-parity ----------------------------------------------------------------------
  {
    key: "parity-gpt4-exams",
    claimKey: "human-parity",
    title: "GPT-4 Technical Report",
    url: GPT4_REPORT,
    observedOn: "2023-03-15",
    stance: "supports",
    strength: "moderate",
    summary:
      "GPT-4 showed human-level performance on many professional and academic exams, e.g. a simulated bar exam around the top 10% of test takers, while the report says it is less capable than humans in many real-world scenarios.",
  },
  {
    key: "parity-arc-agi-o3",
    claimKey: "human-parity",
    title: "OpenAI o3 Breakthrough High Score on ARC-AGI-Pub",
    url: "https://arcprize.org/blog/oai-o3-pub-breakthrough",
    observedOn: "2024-12-20",
    stance: "supports",
    strength: "moderate",
    summary:
      "o3 scored 75.7% on ARC-AGI-1's semi-private set within the public compute limit and 87.5% with about 172x more compute, up from 5% for GPT-4o; ARC Prize said the benchmark remained unbeaten under its efficiency rules.",
  },
  {
    key: "parity-imo-gold",
    claimKey: "human-parity",
    title:
      "Advanced version of Gemini with Deep Think officially achieves gold-medal standard at the International Mathematical Olympiad",
    url: "https://deepmind.google/blog/advanced-version-of-gemini-with-deep-think-officially-achieves-gold-medal-standard-at-the-international-mathematical-olympiad/",
    observedOn: "2025-07-21",
    stance: "supports",
    strength: "moderate",
    summary:
      "Google DeepMind reported that Gemini Deep Think solved 5 of 6 IMO 2025 problems end-to-end in natural language within the 4.5-hour limit, scoring 35/42 — gold-medal standard as graded by IMO coordinators.",
  },
  {
    key: "parity-metr-dev-study",
    claimKey: "human-parity",
    title: "Measuring the Impact of Early-2025 AI on Experienced Open-Source Developer Productivity",
    url: METR_STUDY,
    observedOn: "2025-07-10",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "In METR's randomised trial, 16 experienced open-source developers on 246 real tasks took 19% longer when allowed early-2025 AI tools, though they believed the tools had sped them up by about 20%.",
  },

  // --- indistinguishable-entities -------------------------------------------------------
  {
    key: "turing-gpt4-2023",
    claimKey: "indistinguishable-entities",
    title: "Does GPT-4 pass the Turing test?",
    url: "https://arxiv.org/abs/2310.20216",
    observedOn: "2023-10-31",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "In a public online Turing test, the best-performing GPT-4 prompt was judged human in 41% of games, short of the 63% achieved by human witnesses (figures from the first version of the paper).",
  },
  {
    key: "turing-gpt4-2024",
    claimKey: "indistinguishable-entities",
    title: "People cannot distinguish GPT-4 from a human in a Turing test",
    url: "https://arxiv.org/abs/2405.08007",
    observedOn: "2024-05-09",
    stance: "supports",
    strength: "moderate",
    summary:
      "In a randomised, preregistered two-player test with 5-minute text chats, GPT-4 was judged human 54% of the time, against 67% for real humans and 22% for ELIZA.",
  },
  {
    key: "turing-gpt45-2025",
    claimKey: "indistinguishable-entities",
    title: "Large Language Models Pass the Turing Test",
    url: "https://arxiv.org/abs/2503.23674",
    observedOn: "2025-03-31",
    stance: "supports",
    strength: "strong",
    summary:
      "In preregistered three-party Turing tests with 5-minute text conversations, GPT-4.5 prompted to adopt a humanlike persona was judged to be the human 73% of the time — more often than the real human participants.",
  },

  // --- new-companies ---------------------------------------------------------------------
  {
    key: "new-companies-mistral-seed",
    claimKey: "new-companies",
    title: "AI start-up Mistral bags €105m after just one month",
    url: "https://www.siliconrepublic.com/start-ups/mistral-ai-funding-lightspeed",
    observedOn: "2023-06-14",
    stance: "supports",
    strength: "moderate",
    summary:
      "Mistral AI, a Paris start-up founded in 2023 by former Google DeepMind and Meta researchers to build open-source large language models, raised a €105M seed round led by Lightspeed Venture Partners a month after it was founded.",
    excerpt:
      "Mistral AI, a French start-up founded last month, has already managed to raise €105m in a seed round, showing the current hype surrounding the AI sector.",
  },
  {
    key: "new-companies-xai-series-b",
    claimKey: "new-companies",
    title: "Elon Musk's xAI valued at $24b after fresh funding",
    url: "https://chinadailyhk.com/hk/article/584196",
    observedOn: "2024-05-27",
    stance: "supports",
    strength: "moderate",
    summary:
      "Reuters reported that xAI, the AI company Elon Musk founded in 2023, raised $6 billion in a Series B at a $24 billion post-money valuation, from investors including Andreessen Horowitz and Sequoia Capital, to bring its first products to market.",
    excerpt:
      "Elon Musk's AI startup xAI raised $6 billion in series B funding, reaching a post-money valuation of $24 billion as investors bet big on challengers to companies like OpenAI in the intensifying AI race.",
  },
  {
    key: "new-companies-ssi-funding",
    claimKey: "new-companies",
    title:
      "Former OpenAI co-founder raises $1 billion for safety-focused firm while the ChatGPT maker prioritizes shiny products and is on the cusp of bankruptcy",
    url: "https://www.windowscentral.com/software-apps/former-openai-co-founder-raises-a-billion-for-safety-focused-firm",
    observedOn: "2024-09-06",
    stance: "supports",
    strength: "moderate",
    summary:
      "Citing Reuters, Windows Central reported that Safe Superintelligence, the company former OpenAI chief scientist Ilya Sutskever started in June 2024, had raised $1 billion from investors including Andreessen Horowitz and Sequoia Capital.",
    excerpt:
      "Former OpenAI co-founder and Chief Scientist Ilya Sutskever recently raised $1 billion through investors for his new AI firm — Safe Superintelligence Inc.",
  },

  // --- company-adept ---------------------------------------------------------------------
  {
    key: "adept-series-b",
    claimKey: "company-adept",
    title: "Announcing our Series B",
    url: "https://www.adept.ai/blog/series-b",
    observedOn: "2023-03-14",
    stance: "supports",
    strength: "moderate",
    summary:
      "Adept announced a $350M Series B to build AI models that act on software for users, bringing its total funding to roughly $415M.",
  },
  {
    key: "adept-amazon-deal",
    claimKey: "company-adept",
    title: "An update from Adept",
    url: "https://www.adept.ai/blog/adept-update/",
    observedOn: "2024-06-28",
    stance: "contradicts",
    strength: "strong",
    summary:
      "Adept's co-founders, including CEO David Luan, and part of its team left to join Amazon, which licensed Adept's agent technology and models; the remaining company narrowed its focus to agent products for enterprises.",
  },

  // --- company-ai21-labs -----------------------------------------------------------------
  {
    key: "ai21-jamba",
    claimKey: "company-ai21-labs",
    title: "Introducing Jamba: AI21's Groundbreaking SSM-Transformer Model",
    url: "https://www.ai21.com/blog/announcing-jamba",
    observedOn: "2024-03-28",
    stance: "supports",
    strength: "moderate",
    summary:
      "AI21 released Jamba, an open-weights hybrid Mamba-Transformer mixture-of-experts model (52B total, 12B active parameters) with a 256K-token context window.",
  },
  {
    key: "ai21-nvidia-talks",
    claimKey: "company-ai21-labs",
    title: "Nvidia in advanced talks to buy Israel's AI21 Labs for up to $3 billion, report says",
    url: "https://www.channelnewsasia.com/business/nvidia-in-advanced-talks-buy-israels-ai21-labs-up-3-billion-report-says-5770251",
    observedOn: "2025-12-30",
    stance: "mixed",
    strength: "weak",
    summary:
      "Reuters, citing Calcalist, reported Nvidia was in advanced talks to buy AI21 for $2–3 billion, chiefly for its ~200 staff; a 2023 round had valued AI21 at $1.4 billion. A sale would end its independence.",
  },

  // --- company-aleph-alpha ---------------------------------------------------------------
  {
    key: "aleph-founder-steps-down",
    claimKey: "company-aleph-alpha",
    title: "Aleph-Alpha-Gründer Jonas Andrulis tritt von CEO-Posten zurück",
    url: "https://www.capital.de/wirtschaft-politik/aleph-alpha-gruender-jonas-andrulis-tritt-von-ceo-posten-zurueck-36118502.html",
    observedOn: "2025-10-30",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "Founder Jonas Andrulis stepped down as CEO with immediate effect. Capital reported that Aleph Alpha, unable to keep up with US rivals, had moved from large language models to smaller, specialised sovereign-AI applications.",
  },
  {
    key: "aleph-cohere-acquisition",
    claimKey: "company-aleph-alpha",
    title: "Cohere acquires (merges with) German-based startup to create a transatlantic AI powerhouse",
    url: COHERE_ALEPH,
    observedOn: "2026-04-24",
    stance: "contradicts",
    strength: "strong",
    summary:
      "Cohere announced it would take over Aleph Alpha and incorporate it into a Cohere-led company, subject to approval by authorities and shareholders. Schwarz Group, an Aleph Alpha shareholder, backs the deal and is to lead Cohere's Series E with €500M (about $600M). Aleph Alpha ends as an independent company.",
    excerpt:
      "Last valued at $6.8 billion, Cohere will lead the new entity that will incorporate Aleph Alpha, subject to approval by authorities and shareholders.",
  },

  // --- company-anthropic -----------------------------------------------------------------
  {
    key: "anthropic-introducing-claude",
    claimKey: "company-anthropic",
    title: "Introducing Claude",
    url: "https://www.anthropic.com/news/introducing-claude",
    observedOn: "2023-03-14",
    stance: "supports",
    strength: "moderate",
    summary:
      "Anthropic made Claude, its AI assistant, available to businesses through a chat interface and API after months of closed testing.",
  },
  {
    key: "anthropic-amazon-investment",
    claimKey: "company-anthropic",
    title: "Expanding access to safer AI with Amazon",
    url: "https://www.anthropic.com/news/anthropic-amazon",
    observedOn: "2023-09-25",
    stance: "supports",
    strength: "strong",
    summary:
      "Amazon agreed to invest up to $4 billion in Anthropic for a minority stake, with AWS as Anthropic's primary cloud provider and Claude offered through Amazon Bedrock.",
  },
  {
    key: "anthropic-claude-3",
    claimKey: "company-anthropic",
    title: "Introducing the next generation of Claude",
    url: "https://www.anthropic.com/news/claude-3-family",
    observedOn: "2024-03-04",
    stance: "supports",
    strength: "moderate",
    summary:
      "Anthropic released the Claude 3 family (Haiku, Sonnet, Opus), its first models with image input, with Opus reported ahead of GPT-4 on several standard benchmarks.",
  },
  {
    key: "anthropic-series-f",
    claimKey: "company-anthropic",
    title: "Anthropic raises $13B Series F at $183B post-money valuation",
    url: "https://www.anthropic.com/news/anthropic-raises-series-f-at-usd183b-post-money-valuation",
    observedOn: "2025-09-02",
    stance: "supports",
    strength: "strong",
    summary:
      "Anthropic raised $13 billion in a Series F at a $183 billion post-money valuation, while remaining an independent company.",
  },

  // --- company-character-ai --------------------------------------------------------------
  {
    key: "characterai-google-deal",
    claimKey: "company-character-ai",
    title: "Our next phase of growth",
    url: "https://blog.character.ai/our-next-phase-of-growth/",
    observedOn: "2024-08-02",
    stance: "mixed",
    strength: "moderate",
    summary:
      "Character.AI's founders Noam Shazeer and Daniel De Freitas and part of its research team joined Google, which took a non-exclusive licence to its models; the company stayed independent but shifted towards third-party LLMs.",
  },
  {
    key: "characterai-u18-restriction",
    claimKey: "company-character-ai",
    title: "Taking Bold Steps to Keep Teen Users Safe",
    url: "https://blog.character.ai/u18-chat-announcement/",
    observedOn: "2025-10-29",
    stance: "mixed",
    strength: "weak",
    summary:
      "Under legal and regulatory pressure, Character.AI said it would end open-ended chat for users under 18 by 25 November 2025 — still operating, but cutting a core use for part of its audience.",
  },

  // --- company-cohere --------------------------------------------------------------------
  {
    key: "cohere-command-r",
    claimKey: "company-cohere",
    title: "Command R: Retrieval-Augmented Generation at Production Scale",
    url: "https://cohere.com/blog/command-r",
    observedOn: "2024-03-11",
    stance: "supports",
    strength: "moderate",
    summary:
      "Cohere released Command R, a model aimed at enterprise retrieval-augmented generation and tool use with a 128K context window, with weights available for research use.",
  },
  {
    key: "cohere-2025-funding",
    claimKey: "company-cohere",
    title: "Cohere raises $500M at $6.8B valuation",
    url: "https://cohere.com/blog/august-2025-funding-round",
    observedOn: "2025-08-14",
    stance: "supports",
    strength: "strong",
    summary:
      "Cohere raised $500 million at a $6.8 billion valuation to expand its enterprise agentic-AI products, remaining independent.",
  },
  {
    key: "cohere-acquires-aleph-alpha",
    claimKey: "company-cohere",
    title: "Cohere acquires (merges with) German-based startup to create a transatlantic AI powerhouse",
    url: COHERE_ALEPH,
    observedOn: "2026-04-24",
    stance: "supports",
    strength: "moderate",
    summary:
      "Cohere announced it would take over Aleph Alpha and lead the combined company, subject to approval by authorities and shareholders. Its new Series E is led by Schwarz Group with €500M (about $600M) in structured financing.",
    excerpt:
      "Last valued at $6.8 billion, Cohere will lead the new entity that will incorporate Aleph Alpha, subject to approval by authorities and shareholders.",
  },

  // --- company-primer --------------------------------------------------------------------
  {
    key: "primer-still-operating",
    claimKey: "company-primer",
    title: "NZ must pick a side in US-China AI arms race, Kiwi entrepreneur warns",
    url: "https://www.nzherald.co.nz/business/markets-with-madison/nz-must-pick-a-side-in-us-china-ai-arms-race-kiwi-entrepreneur-warns/U2ELHMRYXNGOJFD5ODGG4I6K3E/",
    observedOn: "2025-02-20",
    stance: "mixed",
    strength: "weak",
    summary:
      "Founder Sean Gourley described Primer as a San Francisco AI company whose software is used in US military intelligence work: evidence it still operates, but none of new funding or growth.",
  },

  // --- precision-loss --------------------------------------------------------------------
  {
    key: "precision-gpt4-limitations",
    claimKey: "precision-loss",
    title: "GPT-4 Technical Report",
    url: GPT4_REPORT,
    observedOn: "2023-03-15",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI wrote that GPT-4, despite its capabilities, is not fully reliable — it hallucinates facts and makes reasoning errors — and that care is needed when using its outputs in high-stakes contexts.",
  },
  {
    key: "precision-o3-hallucinations",
    claimKey: "precision-loss",
    title: "OpenAI o3 and o4-mini System Card",
    url: O3_SYSTEM_CARD,
    observedOn: "2025-04-16",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI's more capable reasoning models hallucinated more on its PersonQA evaluation (o3 33%, o4-mini 48%, versus 16% for o1), and OpenAI said more research is needed to understand why.",
  },

  {
    key: "precision-nondeterminism",
    claimKey: "precision-loss",
    title: "Defeating Nondeterminism in LLM Inference",
    url: "https://thinkingmachines.ai/blog/defeating-nondeterminism-in-llm-inference/",
    observedOn: "2025-09-10",
    stance: "mixed",
    strength: "moderate",
    summary:
      "Thinking Machines Lab showed that served LLMs are not deterministic even at temperature 0: 1,000 runs of one prompt on Qwen3-235B gave 80 distinct completions, because results depend on how requests are batched. Batch-invariant kernels made the runs identical, so this source of unpredictability can be engineered away.",
  },

  // --- quality-knowledge-limit -----------------------------------------------------------
  {
    key: "quality-epoch-data-stock",
    claimKey: "quality-knowledge-limit",
    title: "Will we run out of data? An analysis of the limits of scaling datasets in Machine Learning",
    url: "https://arxiv.org/abs/2211.04325",
    observedOn: "2022-10-26",
    stance: "supports",
    strength: "moderate",
    summary:
      "Epoch estimated that at then-current trends the stock of high-quality language data would likely be exhausted before 2026; a later revision put full use of public human text between 2026 and 2032.",
  },
  {
    key: "quality-model-collapse",
    claimKey: "quality-knowledge-limit",
    title: "AI models collapse when trained on recursively generated data",
    url: "https://www.nature.com/articles/s41586-024-07566-y",
    observedOn: "2024-07-24",
    stance: "supports",
    strength: "moderate",
    summary:
      "Shumailov et al. showed in Nature that indiscriminate training on model-generated content causes irreversible 'model collapse', making genuine human-produced data more valuable as the web fills with AI output.",
  },
  {
    key: "quality-epoch-scaling-2030",
    claimKey: "quality-knowledge-limit",
    title: "Can AI scaling continue through 2030?",
    url: EPOCH_2030,
    observedOn: "2024-08-20",
    stance: "mixed",
    strength: "moderate",
    summary:
      "Epoch judged 2e29 FLOP training runs likely feasible by 2030, with power and chip production the tighter constraints; it expected multimodal and synthetic data to keep data from being the first bottleneck.",
  },
  {
    key: "quality-reuters-limits",
    claimKey: "quality-knowledge-limit",
    title: "OpenAI and others seek new path to smarter AI as current methods hit limitations",
    url: REUTERS_LIMITS,
    observedOn: "2024-11-11",
    stance: "supports",
    strength: "moderate",
    summary:
      "Reuters reported that labs were meeting delays and disappointing results in scaling up pre-training, citing among the problems that models had used up much of the easily accessible data in the world.",
  },

  // --- fewer-obvious-errors --------------------------------------------------------------
  {
    key: "errors-gpt4-factuality",
    claimKey: "fewer-obvious-errors",
    title: "GPT-4 Technical Report",
    url: GPT4_REPORT,
    observedOn: "2023-03-15",
    stance: "supports",
    strength: "moderate",
    summary:
      "GPT-4 scored 19 percentage points higher than the latest GPT-3.5 on OpenAI's internal, adversarially designed factuality evaluations, while still hallucinating.",
  },
  {
    key: "errors-gpt45-simpleqa",
    claimKey: "fewer-obvious-errors",
    title: "Introducing GPT-4.5",
    url: "https://openai.com/index/introducing-gpt-4-5/",
    observedOn: "2025-02-27",
    stance: "supports",
    strength: "moderate",
    summary:
      "On SimpleQA, GPT-4.5's hallucination rate was 37.1% against 61.8% for GPT-4o; OpenAI attributed the broader knowledge and fewer hallucinations to scaling unsupervised learning.",
  },
  {
    key: "errors-o3-personqa",
    claimKey: "fewer-obvious-errors",
    title: "OpenAI o3 and o4-mini System Card",
    url: O3_SYSTEM_CARD,
    observedOn: "2025-04-16",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "OpenAI's newer reasoning models hallucinated more than their predecessor on PersonQA: 33% for o3 and 48% for o4-mini, versus 16% for o1.",
  },

  // --- scaling-hypothesis-holds ----------------------------------------------------------
  {
    key: "scaling-gpt4-predictable",
    claimKey: "scaling-hypothesis-holds",
    title: "GPT-4 Technical Report",
    url: GPT4_REPORT,
    observedOn: "2023-03-15",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI built infrastructure that behaves predictably across scales and accurately predicted aspects of GPT-4's performance from models trained with no more than 1/1,000th of its compute.",
  },
  {
    key: "scaling-epoch-2030",
    claimKey: "scaling-hypothesis-holds",
    title: "Can AI scaling continue through 2030?",
    url: EPOCH_2030,
    observedOn: "2024-08-20",
    stance: "supports",
    strength: "weak",
    summary:
      "Epoch found training compute growing about 4x a year and judged that continuing to 2e29 FLOP runs by 2030 is feasible — evidence scaling can continue, not that it keeps paying off.",
  },
  {
    key: "scaling-o1-test-time",
    claimKey: "scaling-hypothesis-holds",
    title: "Learning to reason with LLMs",
    url: "https://openai.com/index/learning-to-reason-with-llms/",
    observedOn: "2024-09-12",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI reported that o1's performance improves consistently with more reinforcement-learning compute and with more time spent thinking at test time — a new axis along which scaling keeps paying off.",
  },
  {
    key: "scaling-reuters-plateau",
    claimKey: "scaling-hypothesis-holds",
    title: "OpenAI and others seek new path to smarter AI as current methods hit limitations",
    url: REUTERS_LIMITS,
    observedOn: "2024-11-11",
    stance: "contradicts",
    strength: "moderate",
    summary:
      "Ilya Sutskever told Reuters that results from scaling up pre-training had plateaued ('The 2010s were the age of scaling…'), and labs were shifting effort to test-time compute.",
  },
  {
    key: "scaling-gpt45-reception",
    claimKey: "scaling-hypothesis-holds",
    title: "OpenAI launches long-awaited GPT-4.5—but ‘Orion’s’ capabilities already lag competitors",
    url: "https://fortune.com/2025/02/27/openai-gpt-4-5-orion-launch-sam-altman-benchmarks",
    observedOn: "2025-02-27",
    stance: "mixed",
    strength: "moderate",
    summary:
      "Fortune reported that OpenAI itself played down GPT-4.5: Altman said it was not a reasoning model and would not crush benchmarks, its paper briefly called it not a frontier model, and its API price was 15 to 30 times GPT-4o's.",
    excerpt: "“This isn’t a reasoning model and won’t crush benchmarks,” Altman warned, describing a “different kind of intelligence.”",
  },

  // --- massive-change --------------------------------------------------------------------
  {
    key: "change-chatgpt-launch",
    claimKey: "massive-change",
    title: "Introducing ChatGPT",
    url: "https://openai.com/index/chatgpt/",
    observedOn: "2022-11-30",
    stance: "supports",
    strength: "moderate",
    summary:
      "OpenAI released ChatGPT as a free research preview; conversational LLMs reached a mass public audience for the first time.",
  },
  {
    key: "change-gpts-are-gpts",
    claimKey: "massive-change",
    title: "GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models",
    url: "https://arxiv.org/abs/2303.10130",
    observedOn: "2023-03-17",
    stance: "supports",
    strength: "weak",
    summary:
      "Eloundou et al. estimated about 80% of the US workforce could have at least 10% of their tasks affected by LLMs and about 19% at least half — an exposure estimate, not measured change.",
  },
  {
    key: "change-metr-productivity",
    claimKey: "massive-change",
    title: "Measuring the Impact of Early-2025 AI on Experienced Open-Source Developer Productivity",
    url: METR_STUDY,
    observedOn: "2025-07-10",
    stance: "contradicts",
    strength: "weak",
    summary:
      "A randomised trial found early-2025 AI tools made experienced developers 19% slower on familiar codebases, showing that measured effects on skilled work can lag far behind perceived ones.",
  },
];
