package com.example.typed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.promptfit.annotation.Description;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every scalar a component can have, and each way to make one nullable. */
public record Everything(
    String text,
    boolean flag,
    Boolean boxedFlag,
    int number,
    Integer boxedNumber,
    long big,
    Long boxedBig,
    short small,
    Short boxedSmall,
    byte tiny,
    Byte boxedTiny,
    BigInteger huge,
    double real,
    Double boxedReal,
    float single,
    Float boxedSingle,
    BigDecimal money,
    LocalDate day,
    LocalTime time,
    @Description("When it starts") LocalDateTime start,
    OffsetDateTime stamp,
    Instant instant,
    DayOfWeek weekday,
    UUID id,
    URI link,
    List<String> list,
    Set<Integer> set,
    double[] array,
    String[][] grid,
    Optional<String> optional,
    OptionalInt optionalInt,
    OptionalLong optionalLong,
    OptionalDouble optionalDouble,
    @Nullable String nullable,
    List<@Nullable String> nullableItems,
    @Nullable List<String> nullableList,
    Optional<List<Integer>> optionalList,
    @Nullable Sentiment nullableEnum,
    @JsonIgnore String ignored) {}
