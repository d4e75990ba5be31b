/** The state the chapter's share image shows, and why (a thumbnail has one frame to say what the chapter is about). */
export const share = {
  state: 'pentagon-hostile',
  why: 'the chapter is about why the counts differ (20, 17, 23); this state shows the hostile and non-hostile marks side by side with the open case ringed',
};
