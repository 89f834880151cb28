# types.SimpleNamespace and the function types.
import types
from types import SimpleNamespace

cfg = SimpleNamespace(batch=2, name="words", tags=["a"])
print(cfg, cfg.batch, cfg.name, type(cfg), repr(SimpleNamespace()))
cfg.extra = {"k": 1.5}
del cfg.tags
cfg.batch += 1
print(cfg, hasattr(cfg, "tags"), getattr(cfg, "missing", None))
print(cfg == SimpleNamespace(batch=3, name="words", extra={"k": 1.5}), cfg == SimpleNamespace(batch=3), cfg == 3)
records = [SimpleNamespace(word=w, n=len(w)) for w in ["spark", "py", "stream"]]
print(sorted(records, key=lambda r: r.n), max(records, key=lambda r: r.n).word)

class Config(SimpleNamespace):
    def total(self):
        return self.a + self.b

c = Config(a=1, b=2)
print(c.total(), isinstance(c, SimpleNamespace))

def f():
    pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.FunctionType))
print(types.FunctionType is types.LambdaType)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError")
