# batch: 1
# batches: 2
# Encodings and digests in records: str.encode('utf-8') of accented words and emoji,
# bytes reprs with escapes, decode with errors='replace'/'ignore', bytes.hex and
# fromhex, hashlib.md5/sha256 hexdigests as stable bucket keys (int(h, 16) % 4), base64
# of a payload, bytearray edits, bytes methods (join, replace, rstrip, isdigit,
# partition), and len in bytes vs characters summed with reduceByKey.
import base64
import hashlib

data = [[["año", "niño", "café"], ["😀ok", "plain"]],
        [["año", "Zoë", "naïve"], ["", "a\tb\n"]]]
words = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = words.map(lambda w: (w, w.encode("utf-8"), len(w), len(w.encode())))
nuevoDStream.pprint()
words.map(lambda w: (int(hashlib.md5(w.encode()).hexdigest(), 16) % 4, w)).groupByKey().mapValues(sorted).pprint()
words.map(lambda w: (hashlib.sha256(w.encode("utf-8")).hexdigest()[:16], base64.b64encode(w.encode()).decode("ascii"), w.encode().hex(" "))).pprint()
words.map(lambda w: (w.encode("utf-8")[:2].decode("utf-8", errors="replace"), w.encode()[:2].decode("utf-8", "ignore"),
                     w.encode("latin-1", errors="replace"), w.encode("ascii", "backslashreplace"))).pprint()


def bytes_ops(rdd):
    ws = rdd.collect()
    b = bytearray(b"hola")
    b[0] = ord("H")
    b.extend("ñ".encode())
    print(b, bytes(b), b.decode(), bytes.fromhex("c3b1 41"), bytes.fromhex("c3b1").decode(), list(b"\x00\xff"))
    print(sum(len(w.encode("utf-8")) for w in ws), sum(len(w) for w in ws), b"a" in b"abc", b"x,y".split(b","),
          b"-".join(w.encode() for w in ws[:2]), b"a\xc3\xb1a".replace(b"a", b"A", 1), b" x\n".rstrip(), b"12".isdigit(), b"k=v".partition(b"="))


words.foreachRDD(bytes_ops)
