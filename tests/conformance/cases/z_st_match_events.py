# batch: 1
# batches: 3
# snapshot: refused
# Events dispatched with match statements as a student writes a router: mapping patterns
# with rest (**rest), sequence patterns with star captures, class patterns over a
# dataclass with positional __match_args__, guards, or-patterns with as, literal and
# value patterns (a dotted constant), and the fallback; counted per kind with reduceByKey.
from dataclasses import dataclass


class Nivel:
    ALTO = 3


@dataclass
class Click:
    user: str
    page: str


def clasificar(ev):
    match ev:
        case {"tipo": "login", "user": str(u), **rest} if not rest:
            return ("login", u)
        case {"tipo": "login", "user": u, **rest}:
            return ("login+", (u, sorted(rest)))
        case {"tipo": "compra", "items": [primero, *resto]}:
            return ("compra", (primero, len(resto)))
        case Click(u, "/" | "/home" as p):
            return ("portada", (u, p))
        case Click(user=u, page=p) if p.startswith("/buy"):
            return ("intento", u)
        case ("alerta", Nivel.ALTO, *msg):
            return ("alerta alta", " ".join(msg))
        case ("alerta", int(n), *_) | ("aviso", n):
            return ("alerta", n)
        case [x, y] if x == y:
            return ("par igual", x)
        case int() | float() as num if num < 0:
            return ("negativo", num)
        case None:
            return ("nada", None)
        case _:
            return ("otro", repr(ev))


data = [[[{"tipo": "login", "user": "ana"}, {"tipo": "login", "user": "bob", "ip": "1.2.3.4", "dev": "m"}],
         [{"tipo": "compra", "items": ["pan", "vino", "queso"]}, Click("eva", "/home")]],
        [[Click("eva", "/buy/42"), Click("zoe", "/x"), ("alerta", 3, "disco", "lleno")],
         [("alerta", 1, "cpu"), ("aviso", "¡ojo!"), [7, 7]]],
        [[-2.5, None, {"tipo": "compra", "items": []}, 4]]]
events = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = events.map(clasificar)
nuevoDStream.pprint(20)
nuevoDStream.map(lambda kv: (kv[0], 1)).reduceByKey(lambda a, b: a + b).pprint()
