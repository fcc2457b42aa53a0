package org.gongjian.activity.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.gongjian.rest.LedgerRows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The activity sheet's rows (活动台账) of {@link ActivityLedger}'s query, which gives one row per attendance count (or
 * one for an activity without any), each activity's rows together. Organizations are named here, from the district's
 * names read once per download (any other asked for once): in the query, naming them took a subquery per activity.
 */
final class LedgerActivityRows implements LedgerRows.RowReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DISTRICT_NAMES = "SELECT id, name FROM organization_view WHERE district = ?";
    private static final String NAME = "SELECT name FROM organization_view WHERE id = ?";

    /** The activity's own fields, from its first row. */
    private record Activity(UUID id, String pairingId, String pairingTitle, String date, String time, String type,
                            String title, String location, String status, String confirmation, boolean kept,
                            List<String> participants, String summary, String outcomes, long photos) {
    }

    /** The attendance of one participating organization; {@code lead} for the pairing's lead side. */
    private record Attendance(String organization, boolean lead, int full, int probationary, int others) {
    }

    private static final Comparator<Attendance> LEAD_FIRST_THEN_BY_NAME = Comparator
            .comparing((Attendance a) -> !a.lead()).thenComparing(Attendance::organization);

    private final String district;
    private final ZoneId zone;
    private Map<UUID, String> names;
    private Columns columns;
    private Activity open;
    private final List<Attendance> attendance = new ArrayList<>();

    LedgerActivityRows(String district, ZoneId zone) {
        this.district = district;
        this.zone = zone;
    }

    @Override
    public String read(ResultSet row) throws SQLException {
        if (columns == null) {
            columns = new Columns(row);
            names = districtNames(row.getStatement().getConnection());
        }
        UUID id = row.getObject(columns.id, UUID.class);
        String completed = null;
        if (open == null || !open.id().equals(id)) {
            completed = last();
            open = activity(row, id);
        }
        UUID organization = row.getObject(columns.organization, UUID.class);
        if (organization != null) {
            attendance.add(new Attendance(name(row, organization),
                    organization.equals(row.getObject(columns.pairingLead, UUID.class)), row.getInt(columns.full),
                    row.getInt(columns.probationary), row.getInt(columns.others)));
        }
        return completed;
    }

    /** The line of the activity read last, its attendance lead side first ({@code null} when none was recorded). */
    @Override
    public String last() {
        if (open == null) {
            return null;
        }
        StringWriter line = new StringWriter(768);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("id", open.id().toString());
            json.writeStringField("pairingId", open.pairingId());
            json.writeStringField("pairingTitle", open.pairingTitle());
            json.writeStringField("date", open.date());
            json.writeStringField("time", open.time());
            json.writeStringField("type", open.type());
            json.writeStringField("title", open.title());
            json.writeStringField("location", open.location());
            json.writeStringField("status", open.status());
            json.writeStringField("confirmation", open.confirmation());
            json.writeBooleanField("kept", open.kept());
            json.writeArrayFieldStart("participants");
            for (String participant : open.participants()) {
                json.writeString(participant);
            }
            json.writeEndArray();
            json.writeFieldName("attendance");
            if (attendance.isEmpty()) {
                json.writeNull();
            } else {
                attendance.sort(LEAD_FIRST_THEN_BY_NAME);
                json.writeStartArray();
                for (Attendance a : attendance) {
                    json.writeStartObject();
                    json.writeStringField("organization", a.organization());
                    json.writeBooleanField("lead", a.lead());
                    json.writeNumberField("full", a.full());
                    json.writeNumberField("probationary", a.probationary());
                    json.writeNumberField("others", a.others());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("summary", open.summary());
            json.writeStringField("outcomes", open.outcomes());
            json.writeNumberField("photos", open.photos());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open = null;
        attendance.clear();
        return line.toString();
    }

    private Activity activity(ResultSet row, UUID id) throws SQLException {
        ZonedDateTime startsAt = row.getObject(columns.startsAt, OffsetDateTime.class).atZoneSameInstant(zone);
        List<String> participants = new ArrayList<>(2);
        for (UUID participant : uuids(row.getString(columns.participants))) {
            participants.add(name(row, participant));
        }
        return new Activity(id, row.getString(columns.pairingId), row.getString(columns.pairingTitle),
                startsAt.toLocalDate().toString(), TIME.format(startsAt), row.getString(columns.type),
                row.getString(columns.title), row.getString(columns.location), row.getString(columns.status),
                row.getString(columns.confirmation), row.getBoolean(columns.kept), participants,
                row.getString(columns.summary), row.getString(columns.outcomes), row.getLong(columns.photos));
    }

    /** A uuid[] in PostgreSQL's text form, {@code {a,b}}: read here, much faster than through java.sql.Array. */
    private static List<UUID> uuids(String array) {
        List<UUID> ids = new ArrayList<>(2);
        if (array == null || array.length() <= 2) {
            return ids;
        }
        for (String id : array.substring(1, array.length() - 1).split(",")) {
            ids.add(UUID.fromString(id));
        }
        return ids;
    }

    /** The query's columns by index, found once. */
    private static final class Columns {
        final int id, pairingId, pairingTitle, pairingLead, startsAt, type, title, location, status, confirmation,
                kept, participants, summary, outcomes, photos, organization, full, probationary, others;

        Columns(ResultSet row) throws SQLException {
            id = row.findColumn("id");
            pairingId = row.findColumn("pairing_id");
            pairingTitle = row.findColumn("pairing_title");
            pairingLead = row.findColumn("pairing_lead");
            startsAt = row.findColumn("starts_at");
            type = row.findColumn("type");
            title = row.findColumn("title");
            location = row.findColumn("location");
            status = row.findColumn("status");
            confirmation = row.findColumn("confirmation");
            kept = row.findColumn("kept");
            participants = row.findColumn("participant_ids");
            summary = row.findColumn("summary");
            outcomes = row.findColumn("outcomes");
            photos = row.findColumn("photos");
            organization = row.findColumn("organization_id");
            full = row.findColumn("full_members");
            probationary = row.findColumn("probationary");
            others = row.findColumn("others");
        }
    }

    /** The organization's name, or its id where the register never named it here. */
    private String name(ResultSet row, UUID organization) throws SQLException {
        String name = names.get(organization);
        if (name == null) {
            // a participant of another district (or one since gone from the projection): asked for once
            try (PreparedStatement statement = row.getStatement().getConnection().prepareStatement(NAME)) {
                statement.setObject(1, organization);
                try (ResultSet result = statement.executeQuery()) {
                    name = result.next() ? result.getString(1) : organization.toString();
                }
            }
            names.put(organization, name);
        }
        return name;
    }

    private Map<UUID, String> districtNames(Connection connection) throws SQLException {
        Map<UUID, String> byId = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(DISTRICT_NAMES)) {
            statement.setString(1, district);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    byId.put(result.getObject(1, UUID.class), result.getString(2));
                }
            }
        }
        return byId;
    }
}
