package org.gongjian.activity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongjian.events.EventJson;
import org.gongjian.rest.LedgerRows;

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
 * names read once per download: a name looked up in the query for every participant of every activity cost PostgreSQL
 * more than the rest of the query together.
 */
final class LedgerActivityRows implements LedgerRows.RowReader {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DISTRICT_NAMES = "SELECT id, name FROM organization_view WHERE district = ?";
    private static final String NAME = "SELECT name FROM organization_view WHERE id = ?";

    /** One line of the sheet's NDJSON; {@code attendance} is null when none was recorded. */
    record Row(UUID id, UUID pairingId, String pairingTitle, String date, String time, String type, String title,
               String location, String status, String confirmation, boolean kept, List<String> participants,
               List<Attendance> attendance, String summary, String outcomes, long photos) {
    }

    /** The attendance of one participating organization; {@code lead} for the pairing's lead side. */
    record Attendance(String organization, boolean lead, int full, int probationary, int others) {
    }

    private static final Comparator<Attendance> LEAD_FIRST_THEN_BY_NAME = Comparator
            .comparing((Attendance a) -> !a.lead()).thenComparing(Attendance::organization);

    private final String district;
    private final ZoneId zone;
    private Map<UUID, String> names;
    private Row open;

    LedgerActivityRows(String district, ZoneId zone) {
        this.district = district;
        this.zone = zone;
    }

    @Override
    public String read(ResultSet row) throws SQLException {
        if (names == null) {
            names = districtNames(row.getStatement().getConnection());
        }
        UUID id = row.getObject("id", UUID.class);
        String completed = null;
        if (open == null || !open.id().equals(id)) {
            completed = last();
            open = activity(row, id);
        }
        UUID organization = row.getObject("organization_id", UUID.class);
        if (organization != null) {
            List<Attendance> attendance = open.attendance();
            attendance.add(new Attendance(name(row, organization),
                    organization.equals(row.getObject("pairing_lead", UUID.class)), row.getInt("full_members"),
                    row.getInt("probationary"), row.getInt("others")));
            attendance.sort(LEAD_FIRST_THEN_BY_NAME);
        }
        return completed;
    }

    @Override
    public String last() {
        if (open == null) {
            return null;
        }
        Row row = open.attendance().isEmpty() ? withoutAttendance(open) : open;
        open = null;
        try {
            return JSON.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row activity(ResultSet row, UUID id) throws SQLException {
        ZonedDateTime startsAt = row.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone);
        List<String> participants = new ArrayList<>();
        for (UUID participant : (UUID[]) row.getArray("participant_ids").getArray()) {
            participants.add(name(row, participant));
        }
        return new Row(id, row.getObject("pairing_id", UUID.class), row.getString("pairing_title"),
                startsAt.toLocalDate().toString(), TIME.format(startsAt), row.getString("type"), row.getString("title"),
                row.getString("location"), row.getString("status"), row.getString("confirmation"),
                row.getBoolean("kept"), participants, new ArrayList<>(2), row.getString("summary"),
                row.getString("outcomes"), row.getLong("photos"));
    }

    private static Row withoutAttendance(Row r) {
        return new Row(r.id(), r.pairingId(), r.pairingTitle(), r.date(), r.time(), r.type(), r.title(), r.location(),
                r.status(), r.confirmation(), r.kept(), r.participants(), null, r.summary(), r.outcomes(), r.photos());
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
