package org.gongjian.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongjian.registry.service.ImportReport;
import org.gongjian.rest.Problem;

import java.util.List;

/**
 * A refused import as a problem response: {@code errors} name each field as {@code row 7: 统一社会信用代码}, and
 * {@code rows} carry the same as row number, column and message for a program to show next to the sheet.
 * {@code duplicates} lists the rows that would register an enterprise a second time, with the organization (or the
 * earlier row) that already stands for it; {@code warnings} the rows whose names are very close to registered ones.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImportProblem(String type, String title, int status, String detail, String instance,
        List<Problem.FieldError> errors, List<RowProblem> rows, List<ImportReport.DuplicateRow> duplicates,
        List<ImportResponse.Warning> warnings) {
}
