package com.empowerfitness.guide.staff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles as one comma-separated column: a handful of values, no join table needed. */
@Converter
class RolesConverter implements AttributeConverter<Set<StaffRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<StaffRole> convertToEntityAttribute(String column) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(StaffRole::valueOf)
                    .forEach(roles::add);
        }
        return roles;
    }
}
