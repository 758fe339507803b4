package io.kuzujvm.engine.storage.disk;

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
            default:
                throw new IOException("Unknown log record kind " + kind);
        }
    }

    private static void writeProperties(DataOutputStream out, List<Property> properties) throws IOException {
        out.writeInt(properties.size());
        for (Property property : properties) {
            ValueCodec.writeString(out, property.name());
            ValueCodec.writeType(out, property.type());
        }
    }

    private static List<Property> readProperties(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Property> properties = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            properties.add(new Property(ValueCodec.readString(in), ValueCodec.readType(in)));
        }
        return properties;
    }
}
