package io.kuzujvm.engine.parquet;

import io.kuzujvm.engine.common.KuzuException;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a Parquet file as Kùzu sees them: the root's children, with groups turned into
 * STRUCTs, LISTs and MAPs the way Kùzu's reader does (single-child LIST/MAP wrappers are pulled up,
 * legacy two-level lists and bare repeated fields become LISTs).
 */
final class ParquetSchema {

    private final List<ParquetMetadata.SchemaElement> elements;
    private int next;
    private int nextColumn;

    private ParquetSchema(List<ParquetMetadata.SchemaElement> elements) {
        this.elements = elements;
    }

    /** The top-level fields of the file, in order, each with its column name. */
    static ParquetField.Struct of(List<ParquetMetadata.SchemaElement> elements) {
        if (elements.isEmpty() || elements.get(0).numChildren() == 0) {
            throw new KuzuException(KuzuException.Kind.COPY, "Parquet reader: root schema element has no children");
        }
        ParquetSchema schema = new ParquetSchema(elements);
        List<String> names = new ArrayList<>();
        List<ParquetField> children = new ArrayList<>();
        ParquetMetadata.SchemaElement root = elements.get(0);
        schema.next = 1;
        for (int i = 0; i < root.numChildren(); i++) {
            names.add(elements.get(schema.next).name());
            children.add(schema.field(0, 0, 0));
        }
        return new ParquetField.Struct(names, children, 0, false);
    }

    private ParquetField field(int parentDef, int parentRep, int parentIndex) {
        int index = next++;
        ParquetMetadata.SchemaElement element = elements.get(index);
        boolean repeated = element.repetition() == ParquetConstants.REPEATED;
        int def = parentDef + (element.repetition() == ParquetConstants.REQUIRED ? 0 : 1);
        int rep = parentRep + (repeated ? 1 : 0);
        if (!element.isGroup()) {
            ParquetField.Leaf leaf = new ParquetField.Leaf(nextColumn++, def, rep, element,
                    ParquetLeafType.of(element));
            return repeated ? new ParquetField.Repeated(leaf, def, rep, false) : leaf;
        }
        List<String> names = new ArrayList<>();
        List<ParquetField> children = new ArrayList<>();
        for (int i = 0; i < element.numChildren(); i++) {
            names.add(elements.get(next).name());
            children.add(field(def, rep, index));
        }
        boolean isList = element.convertedType() == ParquetConstants.LIST;
        boolean isMap = element.convertedType() == ParquetConstants.MAP;
        ParquetMetadata.SchemaElement parent = elements.get(parentIndex);
        boolean isMapEntry = element.convertedType() == ParquetConstants.MAP_KEY_VALUE
                || (index > 0 && parent.convertedType() == ParquetConstants.MAP && parent.numChildren() == 1);
        if (isMapEntry && repeated && children.size() == 2) {
            return new ParquetField.Repeated(new ParquetField.Struct(names, children, def, false), def, rep, true);
        }
        ParquetField result = children.size() > 1 || (!isList && !isMap && !repeated)
                ? new ParquetField.Struct(names, children, def, !repeated
                        && element.repetition() == ParquetConstants.OPTIONAL)
                : children.get(0);
        return repeated ? new ParquetField.Repeated(result, def, rep, false) : result;
    }
}
