// The Console: what the program prints, as text (never HTML), exactly as Spark prints it.
// Long runs keep the newest MAX_CHARS characters so the page stays small.

const MAX_CHARS = 400_000;

export class ConsoleView {
  constructor(pre) {
    this.pre = pre;
    this.size = 0;
  }

  clear() {
    this.pre.replaceChildren();
    this.size = 0;
  }

  append(text) {
    if (!text) return;
    this.pre.append(document.createTextNode(text));
    this.size += text.length;
    while (this.size > MAX_CHARS && this.pre.firstChild) {
      this.size -= this.pre.firstChild.textContent.length;
      this.pre.firstChild.remove();
    }
    // Follow the output unless the reader scrolled up.
    const nearEnd = this.pre.scrollHeight - this.pre.scrollTop - this.pre.clientHeight < 80;
    if (nearEnd) this.pre.scrollTop = this.pre.scrollHeight;
  }

  text() {
    return this.pre.textContent;
  }
}
