// The gallery: every course example (tests/conformance/cases without the x_, y_ and z_ extras, and
// playground/examples), titled in Spanish and English, grouped as the course teaches them.
import sources from "gallery:sources";
import ssExamples from "gallery:ss";
import { lang, t } from "./i18n.js";

const GROUPS = [
  ["Transformaciones / Transformations", [
    ["map_upper", "map: a mayúsculas", "map: to upper case"],
    ["map_len", "map: longitud de cada registro", "map: length of each record"],
    ["flatmap_split", "flatMap: separar en palabras", "flatMap: split into words"],
    ["filter_len", "filter: registros largos", "filter: long records"],
    ["pprint_num", "pprint(num): los primeros registros", "pprint(num): the first records"],
    ["repartition", "repartition: cambiar particiones", "repartition: change the partitions"],
    ["union", "union: unir dos DStreams", "union: two DStreams as one"],
    ["count", "count: registros por lote", "count: records per batch"],
    ["count_by_value", "countByValue: veces que aparece cada valor", "countByValue: how often each value appears"],
    ["reduce_max", "reduce: el máximo", "reduce: the maximum"],
    ["reduce_by_key_max", "reduceByKey: máximo por clave", "reduceByKey: maximum per key"],
    ["transform_distinct", "transform: distinct de cada RDD", "transform: distinct of each RDD"],
  ]],
  ["Joins", [
    ["join", "join: unir por clave", "join: by key"],
    ["left_outer_join", "leftOuterJoin", "leftOuterJoin"],
    ["right_outer_join", "rightOuterJoin", "rightOuterJoin"],
    ["full_outer_join", "fullOuterJoin", "fullOuterJoin"],
    ["cogroup", "cogroup: agrupar dos DStreams por clave", "cogroup: group two DStreams by key"],
  ]],
  ["Ventanas / Windows", [
    ["window_fixed", "window(2, 2): ventana fija", "window(2, 2): fixed window"],
    ["window_slide", "window(2, 1): ventana deslizante", "window(2, 1): sliding window"],
    ["count_by_window", "countByWindow", "countByWindow"],
    ["count_by_value_and_window", "countByValueAndWindow", "countByValueAndWindow"],
    ["reduce_by_window", "reduceByWindow: suma en la ventana", "reduceByWindow: sum over the window"],
    ["reduce_by_key_and_window", "reduceByKeyAndWindow con inversa", "reduceByKeyAndWindow with an inverse"],
  ]],
  ["Estado / State", [
    ["update_state_by_key_max", "updateStateByKey: máximo acumulado", "updateStateByKey: running maximum"],
    ["tweets_count", "Tweets: contar los de la VIU (con estado)", "Tweets: count the VIU's (stateful)"],
  ]],
  ["Salida y fuentes / Output and sources", [
    ["foreach_rdd_print", "printRDD con foreachRDD", "printRDD with foreachRDD"],
    ["socket_upper", "Socket: mayúsculas de lo que llega (nc -lk 9999)", "Socket: upper-case what arrives (nc -lk 9999)"],
    ["tweets_filter", "Tweets: filtrar los de la VIU (sin estado)", "Tweets: filter the VIU's (stateless)"],
    ["tweets_window", "Tweets: por ventana fija y deslizante", "Tweets: per fixed and sliding window"],
    ["sql_network_wordcount", "DataFrames y SQL en foreachRDD (sql_network_wordcount)", "DataFrames and SQL in foreachRDD (sql_network_wordcount)"],
  ]],
  ["Structured Streaming", [
    ["ss_socket_wordcount", "Contar palabras del socket (nc -lk 9999)", "Word count from the socket (nc -lk 9999)"],
    ["ss_wordcount_complete", "Contar palabras de ficheros (complete)", "Word count from files (complete)"],
    ["ss_window_wordcount", "Palabras por ventana con marca de agua (append)", "Word count per window with a watermark (append)"],
    ["ss_update_watermark_late", "Datos tardíos y marca de agua (update)", "Late data and the watermark (update)"],
    ["ss_session_window_append", "Ventanas de sesión", "Session windows"],
    ["ss_dedup_watermark", "dropDuplicates con marca de agua", "dropDuplicates with a watermark"],
    ["ss_static_join", "Join con un DataFrame estático", "Join with a static DataFrame"],
    ["ss_foreach_batch", "foreachBatch", "foreachBatch"],
    ["ss_tweets_count", "Tweets: contar los de la VIU", "Tweets: count the VIU's"],
    ["ss_tweets_window", "Tweets: ventana de 60 s cada 20 s", "Tweets: 60 s window every 20 s"],
  ]],
];

/** A case without the conformance recorder's own comments (`# compare:`, `# checkpoint:`). */
function forLearners(source) {
  return source?.replace(/^#\s*(compare|checkpoint):.*\n/gm, "");
}

/** Every example: {name, title, source, group, files?} (files: a Structured Streaming example's input). */
export const EXAMPLES = GROUPS.flatMap(([group, items]) =>
  items.map(([name, es, en]) => ({
    name,
    title: lang === "es" ? es : en,
    titles: { es, en },
    group,
    source: ssExamples[name]?.source ?? forLearners(sources[name]),
    ...(ssExamples[name] ? { files: ssExamples[name].files } : {}),
  })),
).filter((e) => e.source !== undefined);

export const DEFAULT_EXAMPLE = "map_upper";

export function findExample(name) {
  return EXAMPLES.find((e) => e.name === name) ?? null;
}

export { headerValue } from "./gallery-headers.js";

/** Fills `nav` with the gallery's links (?example=NAME); `onPick(name)` opens one in place. */
export function renderGallery(nav, current, onPick) {
  const heading = document.createElement("h2");
  heading.textContent = t("examples");
  heading.id = "gallery-heading";
  nav.replaceChildren(heading);
  nav.setAttribute("aria-labelledby", heading.id);
  for (const [group] of GROUPS) {
    const items = EXAMPLES.filter((e) => e.group === group);
    const h = document.createElement("h3");
    h.textContent = group.split(" / ")[lang === "es" ? 0 : 1] ?? group;
    const ul = document.createElement("ul");
    for (const ex of items) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `?example=${ex.name}${lang ? `&lang=${lang}` : ""}`;
      a.textContent = ex.title;
      a.dataset.example = ex.name;
      if (ex.name === current) a.setAttribute("aria-current", "page");
      a.addEventListener("click", (ev) => {
        if (ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
        ev.preventDefault();
        for (const other of nav.querySelectorAll("[aria-current]")) other.removeAttribute("aria-current");
        a.setAttribute("aria-current", "page");
        onPick(ex.name);
      });
      li.append(a);
      ul.append(li);
    }
    nav.append(h, ul);
  }
}
