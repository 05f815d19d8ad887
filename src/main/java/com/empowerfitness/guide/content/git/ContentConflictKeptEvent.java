package com.empowerfitness.guide.content.git;

/**
 * A sync met a file changed here and in the shared history: the shared version went live and this instance's
 * change was kept on a ref (for the audit log and the staff content page).
 */
public record ContentConflictKeptEvent(ContentRepository.KeptConflict conflict) {}
