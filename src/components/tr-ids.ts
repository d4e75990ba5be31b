/** Popover ids of <Tr> already given out, per page and quote (module state lasts the whole build). */
export const seen = new Map<string, number>();
