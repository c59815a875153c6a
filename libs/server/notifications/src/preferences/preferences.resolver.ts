import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ALL_ROLES } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { EmailPreferenceModel, UpdateEmailPreferencesInput } from './preference.models';
import { PreferencesService } from './preferences.service';

@Resolver()
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Query(() => [EmailPreferenceModel], {
    description:
      'The signed-in user’s e-mail preference for every category (the same in all their organisations).',
  })
  @Roles(...ALL_ROLES)
  emailPreferences(@CurrentActor() actor: Actor): Promise<EmailPreferenceModel[]> {
    return this.preferences.list(actor);
  }

  @Mutation(() => [EmailPreferenceModel], {
    description:
      'Turns the e-mails of categories on or off; notifications stay in-app either way. SECURITY cannot be turned off (VALIDATION, reason MANDATORY_CATEGORY).',
  })
  @Roles(...ALL_ROLES)
  updateEmailPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateEmailPreferencesInput,
  ): Promise<EmailPreferenceModel[]> {
    return this.preferences.update(actor, input);
  }
}
