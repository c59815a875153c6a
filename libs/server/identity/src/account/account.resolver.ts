import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ALL_ROLES } from '@sixcan/domain';
import { CurrentActor, LimitAttempts, Public, Roles } from '@sixcan/server-core';
import { IsString, MaxLength } from 'class-validator';
import { toAuthPayload, toMeModel } from './account.mappers';
import { AuthPayloadModel, MeModel } from './account.models';
import { AccountService } from './account.service';
import { ApplicantSignUpInput, LogInInput, SignUpInput, UpdateProfileInput } from './inputs/account.inputs';
import { Sessions } from '../session/sessions.service';

/** A string field of the `input` argument, for per-account attempt limits. */
export const inputField = (args: Record<string, unknown>, field: string): string | undefined => {
  const value = (args['input'] as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
};

@ArgsType()
class RefreshTokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: Sessions,
  ) {}

  @Mutation(() => AuthPayloadModel, { description: 'Creates an account and a new organisation it runs.' })
  @Public()
  @LimitAttempts({ name: 'signup', windowSeconds: 60, perIp: 10 })
  async signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.accounts.signUp(input));
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Creates an applicant account in an organisation that has an open call for projects.',
  })
  @Public()
  @LimitAttempts({ name: 'signup', windowSeconds: 60, perIp: 10 })
  async signUpApplicant(@Args('input') input: ApplicantSignUpInput): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.accounts.signUpApplicant(input));
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Joins an organisation with an open call as an applicant; answers a session there.',
  })
  @Roles(...ALL_ROLES)
  async joinAsApplicant(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.accounts.joinAsApplicant(actor, organizationId));
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'At most 10 attempts a minute per client and per account.',
  })
  @Public()
  @LimitAttempts({
    name: 'login',
    windowSeconds: 60,
    perIp: 10,
    perAccount: 10,
    account: (a) => inputField(a, 'email'),
  })
  async logIn(@Args('input') input: LogInInput): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.accounts.logIn(input));
  }

  @Mutation(() => AuthPayloadModel, { description: 'Exchanges a refresh token (once) for a new token pair.' })
  @Public()
  async refreshSession(@Args() { refreshToken }: RefreshTokenArgs): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.accounts.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Revokes the refresh token and every rotation of it.' })
  @Public()
  async logOut(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    await this.sessions.logOut(refreshToken);
    return true;
  }

  @Query(() => MeModel)
  @Roles(...ALL_ROLES)
  async me(@CurrentActor() actor: Actor): Promise<MeModel> {
    return toMeModel(await this.accounts.meFor(actor));
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'A new session in another organisation the user belongs to.',
  })
  @Roles(...ALL_ROLES)
  async switchOrganization(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.accounts.switchOrganization(actor, organizationId));
  }

  @Mutation(() => MeModel)
  @Roles(...ALL_ROLES)
  async updateProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProfileInput,
  ): Promise<MeModel> {
    return toMeModel(await this.accounts.updateProfile(actor, input));
  }
}
