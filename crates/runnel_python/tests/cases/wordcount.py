# The kind of code course programs run inside map/reduce UDFs.
lines = ["el sol sale", "el sol se pone", "la luna sale"]
def tokenize(line):
    return line.split(" ")
def to_pair(w):
    return (w, 1)
def add(a, b):
    return a + b
pairs = [to_pair(w) for line in lines for w in tokenize(line)]
counts = {}
for k, v in pairs:
    counts[k] = add(counts.get(k, 0), v)
for k in sorted(counts):
    print(k, counts[k])
def miFuncion(todosLosValoresClave, acumulado):
    if acumulado is None:
        maximo = float("-Inf")
    else:
        maximo = acumulado
    if len(todosLosValoresClave) > 0:
        maximo = max(maximo, max(todosLosValoresClave))
    return maximo
print(miFuncion([3, 9, 2], None), miFuncion([], 4), miFuncion([1], 5))
def printRDD(time, partitions):
    rdd_str = "RDD (" + str(time) + "):"
    numPartition = 0
    for partition in partitions:
        rdd_str = rdd_str + "\n\tParticion: " + str(numPartition) + ": " + str(partition)
        numPartition = numPartition + 1
    print(rdd_str + "\n")
printRDD("2024-01-01 00:00:01", [["uno", "dos"], [("a", 1), ("b", 2.5)]])
data = [[[(1999, 7), (1999, 5)], [(2000, 3)]], [[(2001, 3)]]]
print(data, len(data[0]), data[0][1][0][1])
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda kv: kv[1], reverse=True))
