package org.bayes4j.cli.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bayes4j.spi.density.VariableInfo;

/**
 * Rebuilds array variables from CmdStan's flattened column names. CmdStan
 * writes element {@code (i, j)} of {@code a} as {@code a.i.j} with 1-based
 * indices, in whatever order the writer chose (Stan itself is column-major,
 * bayes4j row-major), so the shape is the largest index on each axis and each
 * column is placed by its index, never by its position. The result is one
 * {@link VariableInfo} per variable plus, for every output column in bayes4j's
 * row-major order, the input column it comes from; bayes4j then names the
 * element {@code a[i-1, j-1]}.
 */
public final class CmdStanNames {

    private static final Pattern INDEXED = Pattern.compile("^(.+?)((?:\\.[0-9]+)+)$");

    /**
     * @param variables   the variables in order of first appearance
     * @param sourceIndex {@code sourceIndex[k]} is the input column holding output column {@code k}
     */
    public record Layout(List<VariableInfo> variables, int[] sourceIndex) {}

    private CmdStanNames() {}

    /**
     * Groups the parameter columns into variables.
     * @param columns parameter column names (sampler columns ending in {@code __} already removed)
     * @param file    named in error messages
     */
    public static Layout layout(List<String> columns, Path file) {
        Map<String, List<int[]>> indices = new LinkedHashMap<>();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            Matcher m = INDEXED.matcher(column);
            String base;
            int[] index;
            if (m.matches()) {
                base = m.group(1);
                String[] parts = m.group(2).substring(1).split("\\.");
                index = new int[parts.length];
                for (int a = 0; a < parts.length; a++) {
                    index[a] = Integer.parseInt(parts[a]) - 1;
                    if (index[a] < 0) throw new IllegalArgumentException(file + ": column '" + column + "' has index 0, but CmdStan indices start at 1");
                }
            } else {
                base = column;
                index = new int[0];
            }
            List<int[]> seen = indices.computeIfAbsent(base, k -> new ArrayList<>());
            if (!seen.isEmpty() && seen.get(0).length != index.length) {
                throw new IllegalArgumentException(file + ": column '" + column + "' has " + index.length
                        + " indices, but earlier columns of '" + base + "' have " + seen.get(0).length);
            }
            seen.add(index);
            positions.computeIfAbsent(base, k -> new ArrayList<>()).add(c);
        }

        List<VariableInfo> variables = new ArrayList<>();
        int[] source = new int[columns.size()];
        int offset = 0;
        for (Map.Entry<String, List<int[]>> e : indices.entrySet()) {
            String name = e.getKey();
            List<int[]> idx = e.getValue();
            int rank = idx.get(0).length;
            int[] shape = new int[rank];
            for (int[] i : idx) for (int a = 0; a < rank; a++) shape[a] = Math.max(shape[a], i[a] + 1);
            int size = 1;
            for (int s : shape) size *= s;
            if (size != idx.size()) {
                throw new IllegalArgumentException(file + ": variable '" + name + "' has " + idx.size()
                        + " columns, but its largest indices " + oneBased(shape) + " need " + size);
            }
            int[] filled = new int[size];
            Arrays.fill(filled, -1);
            List<Integer> pos = positions.get(name);
            for (int k = 0; k < idx.size(); k++) {
                int flat = rowMajor(idx.get(k), shape);
                if (filled[flat] >= 0) {
                    throw new IllegalArgumentException(file + ": column '" + columns.get(pos.get(k)) + "' appears twice");
                }
                filled[flat] = pos.get(k);
            }
            System.arraycopy(filled, 0, source, offset, size);
            offset += size;
            List<String> none = Collections.nCopies(rank, null);
            variables.add(new VariableInfo(name, shape, none, Collections.nCopies(rank, null), VariableInfo.Kind.PARAMETER));
        }
        return new Layout(variables, source);
    }

    private static int rowMajor(int[] index, int[] shape) {
        int flat = 0;
        for (int a = 0; a < shape.length; a++) flat = flat * shape[a] + index[a];
        return flat;
    }

    private static String oneBased(int[] shape) {
        return Arrays.toString(shape);
    }
}
