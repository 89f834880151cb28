for a in [(2,'x'), (2,'x','f.txt'), (13,'perm'), (17,'exists'), (20,'nd'), (21,'isdir'), (4,'intr'), (11,'again'), (32,'pipe'), (111,'refused'), (104,'reset'), (110, 'to'), (999,'other'), ('a','b'), (), ('only',), (2,'x','f',None,'g')]:
    e = OSError(*a)
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e), e.args)
e = FileNotFoundError(2, 'No such', 'a.txt')
print(type(e).__name__, e.errno, e.filename, str(e))
e = FileNotFoundError('just msg')
print(type(e).__name__, e.errno, str(e))
class MyErr(OSError):
    pass
e = MyErr(2, 'x')
print(type(e).__name__, e.errno, str(e))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise OSError(2, 'No such file or directory', 'data.csv')
except FileNotFoundError as e:
    print('caught', e)
class Both(KeyError, ValueError):
    pass
try:
    raise Both('k')
except ValueError as e:
    print('as ValueError', repr(e), str(e))
print(Both.__mro__)
print(issubclass(Both, ValueError), isinstance(Both(), KeyError))
e = OSError(2, 'x', 'a', None, 'b')
print(e.filename2, str(e))
for cls in (FileNotFoundError, PermissionError, ConnectionRefusedError, BrokenPipeError, TimeoutError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], issubclass(cls, OSError))
try:
    raise PermissionError(13, "Permission denied", "/etc/shadow")
except OSError as e:
    print(type(e).__name__, isinstance(e, PermissionError), isinstance(e, ConnectionError), e.errno, e.filename, e)
try:
    raise ConnectionResetError("peer")
except ConnectionError as e:
    print(type(e).__name__, e.errno, e.args, e)


def read(path):
    raise OSError(2, "No such file or directory", path)


for path in ["a.txt", "b.txt"]:
    try:
        read(path)
    except FileNotFoundError as e:
        print("missing", e.filename, "errno", e.errno, e.strerror)


class AppError(OSError):
    def __init__(self, code, msg, where):
        super().__init__(code, msg, where)
        self.where = where


e = AppError(13, "nope", "/tmp/x")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.where, e.args, str(e), repr(e))
print(isinstance(e, OSError), isinstance(e, PermissionError))


class NotFound(LookupError, FileNotFoundError):
    pass


print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, OSError), issubclass(NotFound, IndexError))


class Sub(Both):
    pass


try:
    raise Sub("key")
except ValueError as e:
    print("Sub as ValueError", str(e), [c.__name__ for c in type(e).__mro__])
try:
    raise Both("x")
except LookupError as e:
    print("Both as LookupError", e)
