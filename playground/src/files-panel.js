// Files for textFileStream and sc.textFile: pasted text or dropped/picked files, each with
// a name (the directory textFileStream watches, or the path sc.textFile reads). While a
// run is on, a file for a watched directory goes to it at once (the next batch reads it).
import { t } from "./i18n.js";

export class FilesPanel {
  /** `deliver(file)` hands a file to the running program (resolves false when none runs). */
  constructor(root, deliver) {
    this.files = [];
    this.deliver = deliver;
    this.name = root.querySelector("#file-name");
    this.text = root.querySelector("#file-text");
    this.list = root.querySelector("#file-list");
    this.targets = root.querySelector("#file-targets");
    root.querySelector("#add-file").addEventListener("click", () => this.addPasted());
    root.querySelector("#file-picker").addEventListener("change", (e) => this.addFiles(e.target.files));
    const drop = root.querySelector("#drop");
    drop.addEventListener("dragover", (e) => (e.preventDefault(), drop.classList.add("over")));
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      if (e.dataTransfer.files.length) this.addFiles(e.dataTransfer.files);
      else this.add(this.name.value || "input.txt", e.dataTransfer.getData("text/plain"));
    });
  }

  /** The names the program reads (its directories and paths), offered in the name field. */
  setTargets(names) {
    this.targets.replaceChildren(...names.map((n) => Object.assign(document.createElement("option"), { value: n })));
    if (!this.name.value && names.length) this.name.value = names[0];
  }

  addPasted() {
    if (!this.text.value) return;
    this.add(this.name.value || "input.txt", this.text.value);
    this.text.value = "";
  }

  async addFiles(list) {
    for (const f of list) this.add(this.name.value || f.name, await f.text());
  }

  add(name, text) {
    const file = { name, text };
    this.files.push(file);
    this.render();
    this.deliver(file);
  }

  set(files) {
    this.files = files.map(({ name, text }) => ({ name: String(name), text: String(text) }));
    this.render();
  }

  render() {
    this.list.replaceChildren(
      ...this.files.map((f, i) => {
        const li = document.createElement("li");
        const label = document.createElement("span");
        label.textContent = `${f.name} (${lineCount(f.text)} ${t("records")})`;
        const rm = document.createElement("button");
        rm.type = "button";
        rm.textContent = t("remove");
        rm.setAttribute("aria-label", `${t("remove")} ${f.name}`);
        rm.addEventListener("click", () => {
          this.files.splice(i, 1);
          this.render();
        });
        li.append(label, " ", rm);
        return li;
      }),
    );
  }
}

/** A text's lines as records (a final newline ends the last line; it starts no new one). */
export function lineCount(text) {
  return text === "" ? 0 : text.replace(/\r?\n$/, "").split("\n").length;
}
