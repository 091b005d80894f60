package dev.promptfit.example;

import dev.promptfit.annotation.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting as an invitation describes it.
 *
 * @param title what the meeting is about, in a few words
 * @param date the day it takes place
 * @param attendees the people invited, by first name
 * @param room where it takes place, if the text says
 */
public record Meeting(
    String title,
    LocalDate date,
    List<String> attendees,
    @Description("the room's name or number") Optional<String> room) {}
