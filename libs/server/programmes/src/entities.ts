import { Channel, ChannelMember } from './channel/channel.entity';
import { ProjectImport } from './import/project-import.entity';
import { Programme } from './programme/programme.entity';
import { Project, ProjectStatusChange } from './project/project.entity';

export const PROGRAMMES_ENTITIES = [
  Programme,
  Channel,
  ChannelMember,
  Project,
  ProjectStatusChange,
  ProjectImport,
];
