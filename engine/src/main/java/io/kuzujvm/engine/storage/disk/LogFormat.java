package io.kuzujvm.engine.storage.disk;

import io.kuzujvm.engine.catalog.MacroEntry;
import io.kuzujvm.engine.catalog.Property;
import io.kuzujvm.engine.catalog.RelTableEntry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The payload bytes of each {@link LogRecord} kind. */
final class LogFormat {

    private static final int CREATE_NODE_TABLE = 1;
    private static final int CREATE_REL_TABLE = 2;
    private static final int DROP_TABLE = 3;
    private static final int NODE_ROWS = 4;
    private static final int REL_ROWS = 5;
    private static final int NEXT_TABLE_ID = 6;
    private static final int COMMIT = 7;
    private static final int REPLACE_TABLE = 8;
    private static final int CREATE_SEQUENCE = 9;
    private static final int DROP_SEQUENCE = 10;
    private static final int SEQUENCE_STATE = 11;
    private static final int UPDATE_VALUES = 12;
    private static final int DELETE_ROWS = 13;
    private static final int DELETED_NODE_ROWS = 14;
    private static final int DELETED_RELS = 15;
    private static final int CREATE_MACRO = 16;
    private static final int DROP_MACRO = 17;
    private static final int COMMENT_ON_TABLE = 18;

    private LogFormat() {
    }

    static byte[] encode(LogRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        DataOutputStream out = new DataOutputStream(bytes);
        if (record instanceof LogRecord.CreateNodeTable r) {
            out.writeByte(CREATE_NODE_TABLE);
            out.writeLong(r.tableId());
            ValueCodec.writeString(out, r.name());
            writeProperties(out, r.properties());
            out.writeInt(r.primaryKeyIndex());
        } else if (record instanceof LogRecord.CreateRelTable r) {
            out.writeByte(CREATE_REL_TABLE);
            out.writeLong(r.tableId());
            ValueCodec.writeString(out, r.name());
            out.writeInt(r.connections().size());
            for (LogRecord.Connection c : r.connections()) {
                ValueCodec.writeString(out, c.from());
                ValueCodec.writeString(out, c.to());
            }
            writeProperties(out, r.properties());
            ValueCodec.writeString(out, r.multiplicity().name());
        } else if (record instanceof LogRecord.DropTable r) {
            out.writeByte(DROP_TABLE);
            ValueCodec.writeString(out, r.name());
        } else if (record instanceof LogRecord.NodeRows r) {
            out.writeByte(NODE_ROWS);
            ValueCodec.writeString(out, r.table());
            out.writeInt(r.rows().size());
            out.writeInt(r.rows().isEmpty() ? 0 : r.rows().get(0).length);
            for (Object[] row : r.rows()) {
                for (Object value : row) {
                    ValueCodec.write(out, value);
                }
            }
        } else if (record instanceof LogRecord.RelRows r) {
            out.writeByte(REL_ROWS);
            ValueCodec.writeString(out, r.table());
            out.writeInt(r.rels().size());
            out.writeInt(r.rels().isEmpty() ? 0 : r.rels().get(0).properties().length);
            for (LogRecord.Rel rel : r.rels()) {
                out.writeInt(rel.pair());
                out.writeLong(rel.source());
                out.writeLong(rel.destination());
                for (Object value : rel.properties()) {
                    ValueCodec.write(out, value);
                }
            }
        } else if (record instanceof LogRecord.NextTableId r) {
            out.writeByte(NEXT_TABLE_ID);
            out.writeLong(r.id());
        } else if (record instanceof LogRecord.Commit) {
            out.writeByte(COMMIT);
        } else if (record instanceof LogRecord.ReplaceTable r) {
            out.writeByte(REPLACE_TABLE);
            ValueCodec.writeString(out, r.oldName());
            byte[] definition = encode(r.definition());
            out.writeInt(definition.length);
            out.write(definition);
        } else if (record instanceof LogRecord.CreateSequence r) {
            out.writeByte(CREATE_SEQUENCE);
            io.kuzujvm.engine.catalog.SequenceEntry q = r.sequence();
            ValueCodec.writeString(out, q.name());
            out.writeLong(q.start());
            out.writeLong(q.increment());
            out.writeLong(q.minValue());
            out.writeLong(q.maxValue());
            out.writeBoolean(q.cycle());
            out.writeLong(q.currentValue());
            out.writeBoolean(q.used());
        } else if (record instanceof LogRecord.DropSequence r) {
            out.writeByte(DROP_SEQUENCE);
            ValueCodec.writeString(out, r.name());
        } else if (record instanceof LogRecord.SequenceState r) {
            out.writeByte(SEQUENCE_STATE);
            ValueCodec.writeString(out, r.name());
            out.writeLong(r.currentValue());
            out.writeBoolean(r.used());
        } else if (record instanceof LogRecord.UpdateValues r) {
            out.writeByte(UPDATE_VALUES);
            ValueCodec.writeString(out, r.table());
            out.writeInt(r.property());
            out.writeInt(r.ids().length);
            for (int i = 0; i < r.ids().length; i++) {
                out.writeLong(r.ids()[i]);
                ValueCodec.write(out, r.values()[i]);
            }
        } else if (record instanceof LogRecord.DeleteRows r) {
            out.writeByte(DELETE_ROWS);
            ValueCodec.writeString(out, r.table());
            out.writeInt(r.ids().length);
            for (long id : r.ids()) {
                out.writeLong(id);
            }
        } else if (record instanceof LogRecord.DeletedNodeRows r) {
            out.writeByte(DELETED_NODE_ROWS);
            ValueCodec.writeString(out, r.table());
            out.writeInt(r.count());
        } else if (record instanceof LogRecord.DeletedRels r) {
            out.writeByte(DELETED_RELS);
            ValueCodec.writeString(out, r.table());
            out.writeInt(r.rels().size());
            for (LogRecord.RelEnds rel : r.rels()) {
                out.writeInt(rel.pair());
                out.writeLong(rel.source());
                out.writeLong(rel.destination());
            }
        } else if (record instanceof LogRecord.CreateMacro r) {
            out.writeByte(CREATE_MACRO);
            ValueCodec.writeString(out, r.macro().name());
            out.writeInt(r.macro().parameters().size());
            for (MacroEntry.Parameter parameter : r.macro().parameters()) {
                ValueCodec.writeString(out, parameter.name());
                out.writeBoolean(parameter.defaultValue() != null);
                if (parameter.defaultValue() != null) {
                    ValueCodec.writeString(out, parameter.defaultValue());
                }
            }
            ValueCodec.writeString(out, r.macro().body());
        } else if (record instanceof LogRecord.DropMacro r) {
            out.writeByte(DROP_MACRO);
            ValueCodec.writeString(out, r.name());
        } else if (record instanceof LogRecord.CommentOnTable r) {
            out.writeByte(COMMENT_ON_TABLE);
            ValueCodec.writeString(out, r.table());
            ValueCodec.writeString(out, r.comment());
        } else {
            throw new IllegalArgumentException("Unknown log record " + record);
        }
        out.flush();
        return bytes.toByteArray();
    }

    static LogRecord decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int kind = in.readUnsignedByte();
        switch (kind) {
            case CREATE_NODE_TABLE: {
                long id = in.readLong();
                String name = ValueCodec.readString(in);
                List<Property> properties = readProperties(in);
                return new LogRecord.CreateNodeTable(id, name, properties, in.readInt());
            }
            case CREATE_REL_TABLE: {
                long id = in.readLong();
                String name = ValueCodec.readString(in);
                int n = in.readInt();
                List<LogRecord.Connection> connections = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    connections.add(new LogRecord.Connection(ValueCodec.readString(in), ValueCodec.readString(in)));
                }
                List<Property> properties = readProperties(in);
                RelTableEntry.Multiplicity multiplicity =
                        RelTableEntry.Multiplicity.valueOf(ValueCodec.readString(in));
                return new LogRecord.CreateRelTable(id, name, connections, properties, multiplicity);
            }
            case DROP_TABLE:
                return new LogRecord.DropTable(ValueCodec.readString(in));
            case NODE_ROWS: {
                String table = ValueCodec.readString(in);
                int rows = in.readInt();
                int columns = in.readInt();
                List<Object[]> values = new ArrayList<>(rows);
                for (int r = 0; r < rows; r++) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = ValueCodec.read(in);
                    }
                    values.add(row);
                }
                return new LogRecord.NodeRows(table, values);
            }
            case REL_ROWS: {
                String table = ValueCodec.readString(in);
                int count = in.readInt();
                int columns = in.readInt();
                List<LogRecord.Rel> rels = new ArrayList<>(count);
                for (int r = 0; r < count; r++) {
                    int pair = in.readInt();
                    long source = in.readLong();
                    long destination = in.readLong();
                    Object[] properties = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        properties[c] = ValueCodec.read(in);
                    }
                    rels.add(new LogRecord.Rel(pair, source, destination, properties));
                }
                return new LogRecord.RelRows(table, rels);
            }
            case NEXT_TABLE_ID:
                return new LogRecord.NextTableId(in.readLong());
            case COMMIT:
                return new LogRecord.Commit();
            case REPLACE_TABLE: {
                String oldName = ValueCodec.readString(in);
                byte[] definition = new byte[in.readInt()];
                in.readFully(definition);
                return new LogRecord.ReplaceTable(oldName, decode(definition));
            }
            case CREATE_SEQUENCE:
                return new LogRecord.CreateSequence(new io.kuzujvm.engine.catalog.SequenceEntry(
                        ValueCodec.readString(in), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                        in.readBoolean(), in.readLong(), in.readBoolean()));
            case DROP_SEQUENCE:
                return new LogRecord.DropSequence(ValueCodec.readString(in));
            case SEQUENCE_STATE:
                return new LogRecord.SequenceState(ValueCodec.readString(in), in.readLong(), in.readBoolean());
            case UPDATE_VALUES: {
                String table = ValueCodec.readString(in);
                int property = in.readInt();
                long[] ids = new long[in.readInt()];
                Object[] values = new Object[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = in.readLong();
                    values[i] = ValueCodec.read(in);
                }
                return new LogRecord.UpdateValues(table, property, ids, values);
            }
            case DELETE_ROWS: {
                String table = ValueCodec.readString(in);
                long[] ids = new long[in.readInt()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = in.readLong();
                }
                return new LogRecord.DeleteRows(table, ids);
            }
            case DELETED_NODE_ROWS:
                return new LogRecord.DeletedNodeRows(ValueCodec.readString(in), in.readInt());
            case DELETED_RELS: {
                String table = ValueCodec.readString(in);
                int count = in.readInt();
                List<LogRecord.RelEnds> rels = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    rels.add(new LogRecord.RelEnds(in.readInt(), in.readLong(), in.readLong()));
                }
                return new LogRecord.DeletedRels(table, rels);
            }
            case CREATE_MACRO: {
                String name = ValueCodec.readString(in);
                int count = in.readInt();
                List<MacroEntry.Parameter> parameters = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String parameter = ValueCodec.readString(in);
                    parameters.add(new MacroEntry.Parameter(parameter,
                            in.readBoolean() ? ValueCodec.readString(in) : null));
                }
                return new LogRecord.CreateMacro(new MacroEntry(name, parameters, ValueCodec.readString(in)));
            }
            case DROP_MACRO:
                return new LogRecord.DropMacro(ValueCodec.readString(in));
            case COMMENT_ON_TABLE:
                return new LogRecord.CommentOnTable(ValueCodec.readString(in), ValueCodec.readString(in));
            default:
                throw new IOException("Unknown log record kind " + kind);
        }
    }

    private static void writeProperties(DataOutputStream out, List<Property> properties) throws IOException {
        out.writeInt(properties.size());
        for (Property property : properties) {
            ValueCodec.writeString(out, property.name());
            ValueCodec.writeType(out, property.type());
            out.writeBoolean(property.defaultExpression() != null);
            if (property.defaultExpression() != null) {
                ValueCodec.writeString(out, property.defaultExpression());
            }
        }
    }

    private static List<Property> readProperties(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Property> properties = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = ValueCodec.readString(in);
            io.kuzujvm.engine.types.LogicalType type = ValueCodec.readType(in);
            String defaultExpression = in.readBoolean() ? ValueCodec.readString(in) : null;
            properties.add(new Property(name, type, defaultExpression));
        }
        return properties;
    }
}
