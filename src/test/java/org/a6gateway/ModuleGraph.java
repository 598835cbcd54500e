package org.a6gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules as the Modulith model sees them, drawn as floors: a module stands one floor above
 * the highest module it uses, and each line names only the uses no other use of it already
 * reaches (the graph's transitive reduction), so the picture stays readable at twenty modules.
 */
final class ModuleGraph {

    private final Map<String, Set<String>> uses = new TreeMap<>();

    ModuleGraph(ApplicationModules modules) {
        for (ApplicationModule module : modules) {
            var targets = new TreeSet<String>();
            module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
                    .filter(name -> !name.equals(module.getName())).forEach(targets::add);
            uses.put(module.getName(), targets);
        }
    }

    /** How many other modules use each module directly. */
    Map<String, Long> usedBy() {
        var counts = new TreeMap<String, Long>();
        uses.keySet().forEach(m -> counts.put(m, uses.values().stream().filter(targets -> targets.contains(m)).count()));
        return counts;
    }

    int size() {
        return uses.size();
    }

    /** The picture as a fenced block of text, top floor first, one module a line. */
    String render() {
        var floors = new HashMap<String, Integer>();
        uses.keySet().forEach(m -> floor(m, floors));
        var lines = new ArrayList<String>();
        lines.add("```text");
        lines.add("floor  module          uses (what its other uses do not already reach)");
        uses.keySet().stream().sorted(Comparator.comparing((String m) -> -floors.get(m)).thenComparing(m -> m))
                .forEach(m -> lines.add(String.format("%5d  %-15s %s", floors.get(m), m, String.join(", ", reduced(m))).stripTrailing()));
        lines.add("```");
        return String.join("\n", lines);
    }

    private int floor(String module, Map<String, Integer> floors) {
        Integer known = floors.get(module);
        if (known != null) {
            return known;
        }
        int floor = 1 + uses.get(module).stream().mapToInt(m -> floor(m, floors)).max().orElse(0);
        floors.put(module, floor);
        return floor;
    }

    /** The module's uses less those another of its uses reaches. */
    private List<String> reduced(String module) {
        var direct = uses.get(module);
        return direct.stream().filter(d -> direct.stream().noneMatch(other -> !other.equals(d) && reaches(other, d))).toList();
    }

    private boolean reaches(String from, String to) {
        var seen = new LinkedHashSet<String>();
        var todo = new ArrayList<>(uses.get(from));
        while (!todo.isEmpty()) {
            var next = todo.remove(todo.size() - 1);
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(uses.get(next));
            }
        }
        return false;
    }
}
