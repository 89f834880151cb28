// The terminal panel: the slides' second terminal running `nc -lk 9999`. Each line typed
// goes to the program's socketTextStream (a "push" socket) and reaches the next batch.
// Lines typed before Run are kept and arrive in the first batch.

export class Terminal {
  /** `send(line)` delivers a line to the running program (returns false when none runs). */
  constructor(root, send) {
    this.log = root.querySelector("[data-terminal-log]");
    this.input = root.querySelector("[data-terminal-input]");
    this.pending = [];
    this.history = [];
    this.send = send;
    root.querySelector("form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.enter(this.input.value);
      this.input.value = "";
    });
  }

  async enter(line) {
    this.echo(line);
    this.history.push(line);
    if (this.history.length > 1000) this.history.shift();
    const sent = await this.send(line);
    if (!sent) this.pending.push(line);
  }

  echo(line) {
    const div = document.createElement("div");
    div.textContent = `$ ${line}`;
    this.log.append(div);
    while (this.log.childElementCount > 200) this.log.firstElementChild.remove();
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** Lines waiting for a run; the runner takes them at start. */
  takePending() {
    const lines = this.pending;
    this.pending = [];
    return lines;
  }
}
