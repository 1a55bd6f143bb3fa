/**
 * English function words left out of the search index. Nearly every article contains them, so a query
 * for one matches the whole library and ranks nothing, while scoring ten thousand matches on every
 * keystroke is what makes typing slow. A query made only of them finds nothing.
 */
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who whom why will with would
you your yours yourself yourselves`.split(/\s+/),
);
