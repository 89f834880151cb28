# A class's __format__ is used by f-strings and str.format with and without a spec;
# without __format__, format(x, "") is str(x).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return format(self)


class Plain:
    def __str__(self):
        return "plain"


print(f"{Money(1234)}", f"{Money(5):.1f}", str(Money(99)), "{}".format(Money(1)), "{:.3f}".format(Money(250)), format(Money(7)))
print(f"{Plain()}", f"{Plain()!s}", "{}".format(Plain()), format(Plain(), ""), f"{Money(1)!s}")
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError", e)
