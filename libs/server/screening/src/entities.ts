import { ReviewAssignment } from './assignment/review-assignment.entity';
import { ConflictOfInterest } from './conflict/conflict.entity';
import { ReleasedFeedback } from './feedback/released-feedback.entity';
import { ReviewReminder } from './reminders/review-reminder.entity';
import { Review } from './review/review.entity';
import { ReviewerProfile } from './reviewer/reviewer-profile.entity';
import { RoundProject, ScreeningRound } from './round/screening-round.entity';

export const SCREENING_ENTITIES = [
  ReviewerProfile,
  ScreeningRound,
  RoundProject,
  ReviewAssignment,
  ConflictOfInterest,
  Review,
  ReleasedFeedback,
  ReviewReminder,
];
export {
  ConflictOfInterest,
  ReleasedFeedback,
  Review,
  ReviewAssignment,
  ReviewerProfile,
  ReviewReminder,
  RoundProject,
  ScreeningRound,
};
