// Synthetic but readable text for the benchmark data, so pages carry realistic byte counts.
import type { Random } from "./random";

const WORDS = (
  "model models data training inference cost open weights benchmark accuracy latency users " +
  "market product release research lab paper results scale compute chips memory energy " +
  "policy regulation safety evaluation agents tools robots vision speech language code " +
  "search assistant hospital clinic school teachers students drivers factory warehouse " +
  "vendors startups investors revenue adoption survey report study trial pilot launch " +
  "deployment standard dataset label quality errors failures incidents audit review " +
  "public private government cloud device phone laptop network storage price demand"
).split(" ");

const SUBJECTS = [
  "Large language models",
  "Self-driving taxis",
  "Open-weight models",
  "Home robots",
  "AI coding assistants",
  "Drug-discovery pipelines",
  "Speech recognition",
  "On-device inference",
  "Synthetic training data",
  "Multimodal assistants",
  "Chip makers",
  "Regulators",
  "Hospitals",
  "Search engines",
  "Small businesses",
];

const PREDICATES = [
  "become the default way most people use software",
  "run on an ordinary phone without a network connection",
  "cut the cost of a typical task by half",
  "be used in most new products of their kind",
  "match trained professionals on the standard benchmark",
  "be regulated by a dedicated national law",
  "reach a million paying customers",
  "replace the older approach in production systems",
  "be trained mostly on data that machines generated",
  "handle a full working day of tasks without supervision",
];

export function words(random: Random, min: number, max: number): string {
  const n = random.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(random.pick(WORDS));
  return out.join(" ");
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function sentence(random: Random, min: number, max: number): string {
  return `${capitalise(words(random, min, max))}.`;
}

export function claimText(random: Random, hedge: string | null, horizonPhrase: string, horizonTo: number) {
  const subject = random.pick(SUBJECTS);
  const predicate = random.pick(PREDICATES);
  const quote = `${subject} ${hedge ? `${hedge} ` : "will "}${predicate} ${horizonPhrase}. ${sentence(random, 8, 22)}`;
  const statement = `${subject} ${predicate} by the end of ${horizonTo}. ${sentence(random, 10, 24)}`;
  const criteria = `Confirmed if ${words(random, 14, 26)}. Partly if ${words(random, 6, 12)}. Refuted if ${words(random, 10, 20)}.`;
  return { quote, statement, criteria };
}
