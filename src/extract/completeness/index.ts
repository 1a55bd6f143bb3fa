export { completeArticle, type CompletenessOptions, type CompletenessResult } from './recover';
export { snapshotStory, type StorySnapshot } from './snapshot';
export { completenessFigures, completenessOutcome, completenessSample, type CompletenessFigures, type CompletenessOutcome, type CompletenessSample } from './measure';
