x = "texto"
x.foo()
