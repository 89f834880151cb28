// Share links: the program, its input and run settings in the URL's hash, compressed
// (deflate-raw, base64url) as #z=..., so long programs still fit. The plain form
// #program=<base64url of the UTF-8 program> opens a program too.

export function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function fromBase64url(text) {
  const b64 = text.replaceAll("-", "+").replaceAll("_", "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function through(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** `#z=...` for {program, files, lines, settings}. */
export async function encodeShare(data) {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  return `#z=${toBase64url(await through(bytes, new CompressionStream("deflate-raw")))}`;
}

/** What a hash holds: {program, files?, lines?, settings?}, or null. Throws on a damaged link. */
export async function decodeHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (params.has("z")) {
    const bytes = await through(fromBase64url(params.get("z")), new DecompressionStream("deflate-raw"));
    const data = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof data?.program !== "string") throw new Error("the link holds no program");
    return data;
  }
  if (params.has("program")) return { program: new TextDecoder().decode(fromBase64url(params.get("program"))) };
  return null;
}
