import statistics as st
print(st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3], weights=[1, 2]))
print(st.harmonic_mean([2.5, 3, 7], [0.1, 2, 1e-3]))
print(st.harmonic_mean([1, 0, 3], weights=[1, 0, 1]))
print(st.harmonic_mean([1, 0, 3], weights=[1, 1, 1]))
print(st.harmonic_mean([5], weights=[3]))
print(st.harmonic_mean([5, 6], None))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([7]))
for bad in ([[1, 2], [1]], [[1, -2], [1, 1]], [[1, 2], [1, -1]], [[1, 2], [0, 0]], [[], []]):
    try:
        print(st.harmonic_mean(bad[0], weights=bad[1]))
    except Exception as e:
        print(type(e).__name__, e)
