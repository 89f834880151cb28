// A type test: the README's uses of the API compile; misuses do not (@ts-expect-error).
import { runProgram, startSession, createEngine, PROTOCOL_VERSION, StreamingContext, RunnelError, tuple, operators, type BatchEvent, type Operator, type RunOutput, type GraphNode, type Diagnostic, type QueryBatch, type QueryPlan } from "runnel";

export async function uses(): Promise<void> {
  const out: RunOutput = await runProgram("...", { batches: 4, batchSeconds: 1, clock: "logical", record: ["nuevoDStream"] });
  const times: number[] = out.streams.nuevoDStream.map((b) => b.time_ms);
  const session = await startSession("...", { batchSeconds: 1, sockets: { "localhost:9999": "push" }, maxRate: 100 });
  session.on("batch", (e: BatchEvent) => e.metrics.schedulingDelayMs + e.metrics.inputs[0].dropped);
  for await (const e of session) {
    const parts: string[][] | undefined = e.streams.nuevoDStream;
    void parts;
    break;
  }
  await session.push("a\nb");
  await session.addFile("entrada/part-000.json", '{"ts": "2026-01-01 00:00:01"}');
  // Structured Streaming: micro-batches by query name, with watermarks and late rows.
  const plans: QueryPlan[] = session.info.queryPlans;
  const batches: QueryBatch[] | undefined = out.queries?.[plans[0].name];
  const wm: number | undefined = batches?.[0].next_watermark_ms;
  const late: string[] | undefined = batches?.[0].late;
  session.on("batch", (e: BatchEvent) => e.queries.query0?.[0].rows.length);
  void wm;
  void late;
  await session.stop();
  const ssc = new StreamingContext({ batchSeconds: 1 });
  ssc.queueStream([[tuple("a", 1)]]).reduceByKey("lambda a, b: a + b").pprint();
  ssc.queueStream([["a b"]]).flatMap((l: string) => l.split(" ")).map((w: string) => [w, 1]).reduceByKey((a: number, b: number) => a + b).pprint();
  // Every operator of the registry, typed from it.
  const a = ssc.queueStream([[1, 2]]);
  const b = ssc.socketTextStream("localhost", 9999);
  ssc.union(a, b).window(4, 2).countByValueAndWindow(4, 2, 3).pprint(5).saveAsTextFiles("out", "txt");
  ssc.transform([a, b], "lambda rdds: rdds[0]").reduceByKeyAndWindow("lambda x, y: x + y", null, 2, undefined, 3);
  a.updateStateByKey("lambda vs, s: sum(vs) + (s or 0)", 2, [tuple("a", 1)]).foreachRDD("lambda rdd: None");
  const ops: Operator[] = operators();
  const stateful: boolean = ops[0].stateful;
  void stateful;
  const built: string = ssc.toPython();
  try {
    await ssc.run({ batches: 1 });
  } catch (e) {
    if (e instanceof RunnelError) void e.output?.stdout;
  }
  void times;
  void built;
  const all = await runProgram("...", { batches: 2, recordAll: true });
  const node: GraphNode = all.graph.nodes[0];
  const windowed: number | undefined = node.windowSeconds;
  const engine = createEngine();
  const shared = await engine.startSession("...", { clock: "logical" });
  shared.on("batch", (e) => e.state.map((s) => s.entries.map(([k, v]: [string, string]) => k + v)));
  shared.on("error", (e) => e.diagnostic?.line);
  await shared.stop();
  engine.close();
  const version: 2 = PROTOCOL_VERSION;
  try {
    await runProgram("x = (", { batches: 1 });
  } catch (e) {
    if (e instanceof RunnelError) {
      const d: Diagnostic = e.diagnostic;
      void [d.line, d.column, d.endLine, d.excType, d.batchTimeMs];
    }
  }
  void [windowed, version];
}

export async function misuses(): Promise<void> {
  // @ts-expect-error batches is required
  await runProgram("...", { batchSeconds: 1 });
  // @ts-expect-error runProgram has no system clock
  await runProgram("...", { batches: 1, clock: "system" });
  // @ts-expect-error a function is a string or a JS function
  new StreamingContext().queueStream([[1]]).map(3);
  // @ts-expect-error window needs its duration
  new StreamingContext().queueStream([[1]]).window();
  // @ts-expect-error union takes a DStream
  new StreamingContext().queueStream([[1]]).union(3);
  const session = await startSession("...");
  // @ts-expect-error no such event
  session.on("tick", () => {});
  // @ts-expect-error recordAll is a boolean
  await runProgram("...", { batches: 1, recordAll: "yes" });
}
