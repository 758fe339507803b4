package io.kuzujvm.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ResultTable} as a box like Kùzu's CLI: a header with the column names
 * and, below each name, its type; then one line per row (values left-aligned, NULL as an
 * empty cell, multi-line values spread over several lines), then a count line
 * {@code (N tuple[s])}.
 */
public final class BoxTableRenderer {

    public String render(ResultTable table) {
        List<ResultTable.Column> columns = table.columns();
        StringBuilder out = new StringBuilder();
        if (columns.isEmpty()) {
            return out.append(countLine(table.rows().size())).append('\n').toString();
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = Math.max(width(columns.get(c).name()), width(columns.get(c).typeName()));
        }
        List<List<String[]>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<String[]> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                String[] lines = cellLines(row.get(c));
                for (String line : lines) {
                    widths[c] = Math.max(widths[c], width(line));
                }
                cells.add(lines);
            }
            rows.add(cells);
        }

        rule(out, widths, '┌', '┬', '┐');
        List<String[]> header = new ArrayList<>();
        for (ResultTable.Column column : columns) {
            header.add(new String[] {column.name(), column.typeName()});
        }
        cellRow(out, widths, header);
        rule(out, widths, '├', '┼', '┤');
        for (List<String[]> row : rows) {
            cellRow(out, widths, row);
        }
        rule(out, widths, '└', '┴', '┘');
        return out.append(countLine(table.rows().size())).append('\n').toString();
    }

    static String countLine(int rows) {
        return "(" + rows + (rows == 1 ? " tuple)" : " tuples)");
    }

    private static String[] cellLines(String value) {
        if (value == null) {
            return new String[] {""};
        }
        return value.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1);
    }

    private static void rule(StringBuilder out, int[] widths, char left, char middle, char right) {
        out.append(left);
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                out.append(middle);
            }
            out.append("─".repeat(widths[c] + 2));
        }
        out.append(right).append('\n');
    }

    /** Writes one logical row, which takes as many lines as its tallest cell. */
    private static void cellRow(StringBuilder out, int[] widths, List<String[]> cells) {
        int height = 1;
        for (String[] lines : cells) {
            height = Math.max(height, lines.length);
        }
        for (int line = 0; line < height; line++) {
            out.append('│');
            for (int c = 0; c < widths.length; c++) {
                String[] lines = cells.get(c);
                String text = line < lines.length ? lines[line] : "";
                out.append(' ').append(text).append(" ".repeat(widths[c] - width(text))).append(" │");
            }
            out.append('\n');
        }
    }

    /** Display width in code points (no attempt at East Asian double-width). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
