// The generator panel's controls around Generator: start/stop, rate, words, seed.
import { Generator } from "./generator.js";
import { t } from "./i18n.js";

export function wireGenerator(doc, push) {
  const gen = new Generator(push);
  const toggle = doc.getElementById("gen-toggle");
  const num = (id, fallback) => {
    const v = Number(doc.getElementById(id).value);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  toggle.addEventListener("click", () => {
    if (gen.running) gen.stop();
    else
      gen.start({
        rate: num("gen-rate", 5),
        wordsPerLine: Math.min(50, Math.floor(num("gen-words", 4))),
        seed: Math.floor(Number(doc.getElementById("gen-seed").value) || 0),
        distribution: doc.getElementById("gen-dist").value,
        vocabulary: doc.getElementById("gen-vocab").value.split(/\s+/).filter(Boolean),
      });
    toggle.textContent = t(gen.running ? "stopGenerator" : "startGenerator");
    toggle.setAttribute("aria-pressed", String(gen.running));
  });
  return gen;
}
