# batch: 1
# batches: 3
# Defensive parsing as a student writes it: try/except ValueError around int() and
# float(), except with tuples, else/finally, a hierarchy of custom exceptions with extra
# attributes and __str__, raise ... from, exceptions as values counted by type name with
# reduceByKey, str()/repr()/args of built-in errors (KeyError's quoted key,
# ZeroDivisionError, IndexError, TypeError from bad arithmetic), and assert messages.
class ErrorDato(Exception):
    pass


class FueraDeRango(ErrorDato):
    def __init__(self, valor, lo, hi):
        super().__init__(valor)
        self.valor, self.lo, self.hi = valor, lo, hi

    def __str__(self):
        return f"{self.valor} fuera de [{self.lo}, {self.hi}]"


def validar(campo):
    try:
        v = int(campo)
    except ValueError:
        try:
            v = float(campo)
        except ValueError as e:
            raise ErrorDato(f"no numérico: {campo!r}") from e
    if not -50 <= v <= 60:
        raise FueraDeRango(v, -50, 60)
    return v


def procesar(linea):
    estado = "?"
    try:
        sensor, campo = linea.split("=")
        v = validar(campo.strip())
        r = 100 / v
    except FueraDeRango as e:
        return ("rango", (str(e), e.args, type(e).__mro__[1].__name__))
    except ErrorDato as e:
        return ("dato", (str(e), type(e.__cause__).__name__, str(e.__cause__)))
    except (ValueError, ZeroDivisionError) as e:
        return ("otro", (type(e).__name__, str(e), repr(e)))
    else:
        estado = "ok"
        return ("ok", (sensor, v, round(r, 3)))
    finally:
        estado = estado + "!"


data = [[["a=12", "b=1e1", "c=abc"], ["d=99", "sin igual", "e=0"]],
        [["f= -7 ", "g=1_000", "h=1=2"], ["i=nan", "j=-inf", "k=0x1F"]],
        [["l=٣", "m=", "n=2.5e0"]]]
lines = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = lines.map(procesar)
nuevoDStream.pprint()
nuevoDStream.map(lambda r: (r[0], 1)).reduceByKey(lambda a, b: a + b).pprint()


def errores(rdd):
    d = dict(rdd.collect())
    for expr in (lambda: d["zzz"], lambda: [][3], lambda: "a" + 1, lambda: {}.pop("k"), lambda: int("12a", 16), lambda: 1 // 0):
        try:
            expr()
        except Exception as e:
            print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
    try:
        assert len(d) > 10, f"solo {len(d)} tipos"
    except AssertionError as e:
        print("assert:", e)


nuevoDStream.foreachRDD(errores)
