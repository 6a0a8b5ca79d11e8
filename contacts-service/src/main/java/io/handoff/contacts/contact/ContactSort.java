package io.handoff.contacts.contact;

import io.handoff.platform.problem.Problems;

/** The orders contact lists can be read in: createdAt, updatedAt or name, ascending or (with '-') descending. */
public enum ContactSort {
    CREATED_ASC("created_at", true), CREATED_DESC("created_at", false),
    UPDATED_ASC("updated_at", true), UPDATED_DESC("updated_at", false),
    NAME_ASC("coalesce(lower(name), '')", true), NAME_DESC("coalesce(lower(name), '')", false);

    private final String column;
    private final boolean ascending;

    ContactSort(String column, boolean ascending) {
        this.column = column;
        this.ascending = ascending;
    }

    public static ContactSort parse(String value) {
        if (value == null || value.isBlank()) {
            return CREATED_DESC;
        }
        return switch (value) {
            case "createdAt" -> CREATED_ASC;
            case "-createdAt" -> CREATED_DESC;
            case "updatedAt" -> UPDATED_ASC;
            case "-updatedAt" -> UPDATED_DESC;
            case "name" -> NAME_ASC;
            case "-name" -> NAME_DESC;
            default -> throw Problems.invalid("sort", "must be one of createdAt, updatedAt, name, with '-' for descending");
        };
    }

    public String column() {
        return column;
    }

    public boolean ascending() {
        return ascending;
    }

    public boolean byName() {
        return this == NAME_ASC || this == NAME_DESC;
    }

    /** The value of this sort's key on a row, as the cursor stores it. */
    public Object keyOf(Contact c) {
        return switch (this) {
            case CREATED_ASC, CREATED_DESC -> c.createdAt;
            case UPDATED_ASC, UPDATED_DESC -> c.updatedAt;
            case NAME_ASC, NAME_DESC -> c.name == null ? "" : c.name.toLowerCase();
        };
    }
}
