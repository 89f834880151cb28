import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.io.*;

// Replays Spark's HDFSBackedStateStoreMap use of a ConcurrentHashMap: ops from stdin,
// "v" = next version (new map, putAll of the old), "p ID HASH" = put, "r ID HASH" = remove,
// "o" = print the iteration order of ids.
public class Oracle {
    static final class K {
        final int id, h;
        K(int id, int h) { this.id = id; this.h = h; }
        public int hashCode() { return h; }
        public boolean equals(Object o) { return o instanceof K && ((K) o).id == id; }
    }
    public static void main(String[] a) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        ConcurrentHashMap<K, Integer> m = new ConcurrentHashMap<>();
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            String[] p = line.trim().split(" ");
            switch (p[0]) {
                case "v": { ConcurrentHashMap<K, Integer> n = new ConcurrentHashMap<>(); n.putAll(m); m = n; break; }
                case "p": m.put(new K(Integer.parseInt(p[1]), Integer.parseInt(p[2])), 0); break;
                case "r": m.remove(new K(Integer.parseInt(p[1]), Integer.parseInt(p[2]))); break;
                case "o": {
                    StringJoiner j = new StringJoiner(" ");
                    for (K k : m.keySet()) j.add(Integer.toString(k.id));
                    out.append(j.toString()).append('\n');
                    break;
                }
            }
        }
        System.out.print(out);
    }
}
