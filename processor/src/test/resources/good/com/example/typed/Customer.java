package com.example.typed;

import dev.promptfit.annotation.Description;

/** A customer with two addresses of one type, so the type is shared. */
public record Customer(
    String name, @Description("Where invoices go") Address billing, Address shipping) {}
