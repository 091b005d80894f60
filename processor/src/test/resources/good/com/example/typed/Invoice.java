package com.example.typed;

import dev.promptfit.annotation.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An invoice as printed. The seller issues it once, {@code never} twice.
 *
 * @param vendor the seller's legal name, as in {@link Line#item the item}
 * @param date when it was issued
 * @param lines what was sold,
 *     in printed order
 */
public record Invoice(
    String vendor,
    LocalDate date,
    List<Line> lines,
    @Description("Anything written by hand") Optional<String> notes) {}
