# Old vs new commit write pattern of the SQLite workflow store, on the real schema, alternating batches in one process.
# Run after `dotnet run -c Release --project benchmarks/Registry.Benchmarks -- workflow-wal 200` (it leaves the migrated
# database at /tmp/registry-workflow-wal.db): python3 commit_pattern.py [pairs of batches]. "old" recreates the four
# indexes without their filters and writes as main at 9f26f91 did; "new" writes as this branch does.
import sqlite3, os, time, uuid, shutil, statistics, sys
src='/tmp/registry-workflow-wal.db'
def prep(path, partial):
    for s in ('','-wal','-shm'):
        if os.path.exists(path+s): os.remove(path+s)
    shutil.copy(src, path)
    c=sqlite3.connect(path, isolation_level=None)
    c.execute('pragma journal_mode=wal'); c.execute('pragma synchronous=normal')
    if not partial:
        for name,tbl,cols in [('IX_WorkflowBookmarks_Assignee','WorkflowBookmarks','"Assignee"'),('IX_WorkflowBookmarks_CandidateGroup_CreatedAt','WorkflowBookmarks','"CandidateGroup","CreatedAt"'),('IX_WorkflowBookmarks_DueAt','WorkflowBookmarks','"DueAt"'),('IX_WorkflowJournal_Actor_At_Action','WorkflowJournal','"Actor","At","Action"')]:
            c.execute(f'DROP INDEX "{name}"'); c.execute(f'CREATE INDEX "{name}" ON "{tbl}" ({cols})')
    return c
old=prep('/tmp/pat-old.db', False); new=prep('/tmp/pat-new.db', True)
state='x'*3000
t0=[638000000000000000]
def lifecycle(c, newpat):
    iid=str(uuid.uuid4()).upper(); seq=0; t=t0[0]
    def journal(actor, action):
        nonlocal seq, t
        seq+=1; t+=10000
        c.execute('INSERT INTO WorkflowJournal VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',(iid,seq,t,action,'t1','任务1',actor,'approve' if action=='Completed' else None,'同意' if action=='Completed' else None,'{}',None,'h'*64))
    bid='b%08d'%0
    c.execute('BEGIN IMMEDIATE')
    c.execute('INSERT INTO WorkflowInstances VALUES (?,?,?,?,?,?,?,?,?,?,?)',(iid,'six-tasks',1,'bench','Running',state,1,0,t,t,'h'*64))
    c.execute('INSERT INTO WorkflowBookmarks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',(iid,bid,'six-tasks',1,'bench','Running','t1','任务1','HumanTask','examiner',None,None,None,None,t,None))
    journal('bench','Started'); journal('system','Activated'); c.execute('COMMIT')
    for step in range(1,10):
        c.execute('BEGIN IMMEDIATE')
        end = step==9
        if newpat and not end:
            c.execute('UPDATE WorkflowInstances SET State=?, Version=?, JournalSequence=?, JournalHead=?, UpdatedAt=? WHERE Id=? AND Version=?',(state,step+1,seq,'h'*64,t,iid,step))
        else:
            c.execute('UPDATE WorkflowInstances SET State=?, Version=?, Status=?, DefinitionVersion=?, JournalSequence=?, JournalHead=?, UpdatedAt=? WHERE Id=? AND Version=?',(state,step+1,'Completed' if end else 'Running',1,seq,'h'*64,t,iid,step))
        nb='b%08d'%step
        if end:
            c.execute('DELETE FROM WorkflowBookmarks WHERE InstanceId=?' if not newpat else 'DELETE FROM WorkflowBookmarks WHERE InstanceId=? AND BookmarkId=?',(iid,) if not newpat else (iid,bid))
        elif newpat:
            c.execute('UPDATE WorkflowBookmarks SET BookmarkId=?, NodeId=?, NodeName=?, CreatedAt=? WHERE InstanceId=? AND BookmarkId=?',(nb,'t%d'%step,'任务%d'%step,t,iid,bid))
        else:
            c.execute('DELETE FROM WorkflowBookmarks WHERE InstanceId=?',(iid,))
            c.execute('INSERT INTO WorkflowBookmarks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',(iid,nb,'six-tasks',1,'bench','Running','t%d'%step,'任务%d'%step,'HumanTask','examiner',None,None,None,None,t,None))
        bid=nb
        journal('张三','Completed'); journal('system','Ended' if end else 'Activated')
        c.execute('COMMIT')
    t0[0]=t
res={'old':[], 'new':[]}
for r in range(int(sys.argv[1]) if len(sys.argv)>1 else 30):
    for name,c,np in (('old',old,False),('new',new,True)) if r%2==0 else (('new',new,True),('old',old,False)):
        s=time.perf_counter()
        for _ in range(10): lifecycle(c, np)
        res[name].append((time.perf_counter()-s)/100*1e6)
for k,v in res.items():
    v.sort(); print(f"{k}: µs per commit min {v[0]:.0f} p25 {v[len(v)//4]:.0f} median {statistics.median(v):.0f} (batches of 100 commits: {len(v)})")
