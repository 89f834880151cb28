# batch: 1
# batches: 3
# Frozen, ordered dataclasses as reduceByKey keys and values: a Clave(ciudad, dia) key
# (generated __eq__/__hash__/__lt__), a Medida value merged with dataclasses.replace,
# field(default_factory=list) collecting sources, asdict/astuple in the output, sorted()
# of keys, a __post_init__ that normalizes, and the generated reprs as pprint prints them.
from dataclasses import dataclass, field, replace, asdict, astuple


@dataclass(frozen=True, order=True)
class Clave:
    ciudad: str
    dia: int

    def __post_init__(self):
        object.__setattr__(self, "ciudad", self.ciudad.strip().title())


@dataclass
class Medida:
    minimo: float
    maximo: float
    n: int = 1
    fuentes: list = field(default_factory=list)

    def juntar(self, otra):
        return replace(self, minimo=min(self.minimo, otra.minimo), maximo=max(self.maximo, otra.maximo),
                       n=self.n + otra.n, fuentes=sorted(self.fuentes + otra.fuentes))


def parse(rec):
    ciudad, dia, temp, fuente = rec
    return (Clave(ciudad, dia), Medida(temp, temp, fuentes=[fuente]))


data = [[[("madrid ", 1, 30.5, "a"), ("Sevilla", 1, 35.0, "b")], [(" MADRID", 1, 28.0, "c"), ("sevilla", 2, 36.5, "a")]],
        [[("madrid", 2, 31.0, "b"), ("Bilbao", 1, 20.0, "a")], [("bilbao", 1, 22.5, "b"), ("madrid", 2, 29.5, "a")]],
        [[("sevilla", 2, 37.25, "c")]]]
recs = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = recs.map(parse).reduceByKey(lambda a, b: a.juntar(b))
nuevoDStream.pprint()
nuevoDStream.map(lambda kv: (astuple(kv[0]), asdict(kv[1]))).pprint()


def informe(rdd):
    got = rdd.collect()
    for k, m in sorted(got):
        print(f"{k.ciudad:<8} día {k.dia}: {m.minimo:5.1f}..{m.maximo:<5.1f} n={m.n} {','.join(m.fuentes)}")
    keys = [k for k, _ in got]
    print(sorted(keys, reverse=True)[:2], Clave("madrid", 1) in keys, Clave("x", 0) < Clave("x", 1))


nuevoDStream.foreachRDD(informe)
