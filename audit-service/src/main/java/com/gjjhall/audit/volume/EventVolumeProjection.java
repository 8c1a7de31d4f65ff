package com.gjjhall.audit.volume;

import com.gjjhall.audit.TimeParameter;
import com.gjjhall.audit.log.LoggedEvent;
import com.gjjhall.audit.view.Column;
import com.gjjhall.audit.view.LogProjection;
import com.gjjhall.audit.view.ViewState;
import com.gjjhall.audit.view.ViewTable;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * How many events of each type the platform produced each day (Beijing time), with the first and last log
 * entry of each: ops sees the month-end wave, or a service that fell silent, at a glance. A whole view
 * in one class.
 */
@Component
public class EventVolumeProjection implements LogProjection {

    public static final String NAME = "volume";

    /** @param key {@code <day> <event type>} */
    public record DailyVolume(String key, String day, String eventType, long events, long firstEntry, long lastEntry) {
    }

    public static final ViewTable<DailyVolume> DAILY = new ViewTable<>("daily",
            List.of(Column.text("day_type"), Column.text("day"), Column.text("event_type"), Column.bigint("events"),
                    Column.bigint("first_entry"), Column.bigint("last_entry")),
            List.of("day"),
            DailyVolume::key,
            r -> new Object[] {r.key(), r.day(), r.eventType(), r.events(), r.firstEntry(), r.lastEntry()},
            v -> new DailyVolume((String) v[0], (String) v[1], (String) v[2], (Long) v[3], (Long) v[4], (Long) v[5]));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewTable<?>> tables() {
        return List.of(DAILY);
    }

    @Override
    public void apply(LoggedEvent event, ViewState state) {
        String day = event.occurredAt().atZone(TimeParameter.BEIJING).toLocalDate().toString();
        String key = day + " " + event.eventType();
        DailyVolume seen = state.find(DAILY, key);
        state.put(DAILY, seen == null
                ? new DailyVolume(key, day, event.eventType(), 1, event.sequenceNo(), event.sequenceNo())
                : new DailyVolume(key, day, event.eventType(), seen.events() + 1, seen.firstEntry(), event.sequenceNo()));
    }
}
