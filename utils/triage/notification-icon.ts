// Chrome requires an icon on a basic notification and the project ships no icon files yet: a plain 48×48 square
// in the follow-up badge colour, inline, used by the follow-up and clip notifications.
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAOUlEQVR42u3OMQ0AAAgDsLlDMAbngnA0qYBmJ69ESEhISEhISEhISEhISEhISEhISEhISEhISOhOAVcZynkcl+/RAAAAAElFTkSuQmCC';
